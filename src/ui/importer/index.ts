/**
 * The importer, loaded when the reader first asks for it (or at start where this browser keeps their articles):
 * "Add article", the review of what the suggester finds, and "Your articles".
 */
import { show } from './apply.ts';
import { openDialog } from './dialog.ts';
import type { Geo, ImporterHost, Shown } from './host.ts';
import { exposeBench } from './bench.ts';
import { Session } from './session.ts';
import { mountYours } from './yours.ts';

let session: Session | null = null;
let attached: ImporterHost | null = null;

async function sessionFor(geo: Geo): Promise<Session> {
  if (session === null) {
    session = new Session(geo);
    await session.open();
  }
  return session;
}

/** The data with the articles this browser keeps, before the page is drawn; null where it keeps none. */
export async function restore(geo: Geo): Promise<Shown | null> {
  const s = await sessionFor(geo);
  return s.entries.length > 0 ? s.shown() : null;
}

/** Lists the reader's articles beside the "Add article" button; once per page. */
export async function attach(host: ImporterHost): Promise<void> {
  if (attached !== null) return;
  attached = host;
  const s = await sessionFor(host);
  const redraw = async (): Promise<void> => show(host, await s.shown());
  mountYours(host, s, { review: (id) => openDialog(host, s, redraw, id), redraw });
  exposeBench(host, s, redraw);
}

/** Opens the "Add article" dialog. */
export async function open(host: ImporterHost): Promise<void> {
  await attach(host);
  openDialog(host, session!, async () => show(host, await session!.shown()));
}
