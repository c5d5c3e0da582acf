import type { Analysis } from '../core/analysis.ts';
import type { AppContext } from './context.ts';
import { h } from './dom.ts';
import { exporting } from './lazy.ts';
import type { ViewState } from './store.ts';
import { exportedChanges } from './time/compare.ts';
import { formatDay, formatRange } from './format.ts';

type Files = typeof import('./exportfiles.ts');

interface Choice {
  label: () => string;
  file: (view: ViewState) => string;
  /** The file's media type; GeoJSON's where absent. */
  type?: string;
  text: (files: Files, analysis: Analysis, view: ViewState) => string;
}

const GEOJSON = 'application/geo+json';

/**
 * Mounts the "Export" menu button in `root`: the snapshot of the selected day, the full timeline, the mentions or
 * the changes between the compared days (else since the day before) as GeoJSON, or the claims as CSV, for the
 * enabled sources, downloaded as the core serialises them (the bytes the CLI prints). The serialisers are a chunk
 * of their own, loaded as the menu first opens; `report` hears of one that could not load.
 */
export function mountExport(root: HTMLElement, ctx: AppContext, { report }: { report: (messages: string[]) => void }): void {
  const doc = ctx.document;
  const choices: Choice[] = [
    {
      label: () => `Snapshot of ${formatDay(ctx.store.get().day)} (GeoJSON)`,
      file: (view) => `frontline-snapshot-${view.day}.geojson`,
      text: (f, analysis, view) => f.serialize(f.snapshotCollection(analysis, view.day)),
    },
    {
      label: () => 'Full timeline (GeoJSON)',
      file: () => 'frontline-timeline.geojson',
      text: (f, analysis) => f.serialize(f.timelineCollection(analysis)),
    },
    {
      label: () => 'Mentions of every place (GeoJSON)',
      file: () => 'frontline-mentions.geojson',
      text: (f, analysis) => f.serialize(f.mentionsCollection(analysis)),
    },
    {
      label: () => {
        const { from, to } = exportedChanges(ctx.store.get());
        return `Changes from ${formatRange(from, to, { words: true })} (GeoJSON)`;
      },
      file: (view) => {
        const { from, to } = exportedChanges(view);
        return `frontline-changes-${from}-${to}.geojson`;
      },
      text: (f, analysis, view) => {
        const { from, to } = exportedChanges(view);
        return f.serialize(f.changesCollection(analysis, from, to));
      },
    },
    {
      label: () => 'Claims (CSV)',
      file: () => 'frontline-claims.csv',
      type: 'text/csv;charset=utf-8',
      text: (f, analysis) => f.claimsCsv(analysis),
    },
  ];

  const items = choices.map((choice) =>
    h(doc, 'button', {
      type: 'button',
      role: 'menuitem',
      tabindex: -1,
      onclick: () => {
        close(true);
        // The view and the data as they are when the reader chose, whenever the serialisers come.
        const view = ctx.store.get();
        const analysis = ctx.analysis();
        void load().then((files) => {
          if (files) download(doc, choice.file(view), choice.text(files, analysis, view), choice.type ?? GEOJSON);
        });
      },
    }),
  );
  const menu = h(
    doc,
    'ul',
    { id: 'export-menu', class: 'menu', role: 'menu', 'aria-label': 'Export', hidden: true },
    items.map((item) => h(doc, 'li', { role: 'none' }, item)),
  );
  const button = h(
    doc,
    'button',
    { type: 'button', class: 'menu-button', 'aria-haspopup': 'menu', 'aria-expanded': 'false', 'aria-controls': 'export-menu' },
    'Export',
  );

  const load = (): Promise<Files | null> =>
    exporting.load().catch((error: unknown) => {
      report([`The export could not be made: ${error instanceof Error ? error.message : String(error)}`]);
      return null;
    });
  const isOpen = (): boolean => !menu.hidden;
  const focusItem = (index: number): void => items[(index + items.length) % items.length]?.focus();
  const open = (first: 'first' | 'last'): void => {
    items.forEach((item, i) => (item.textContent = choices[i]?.label() ?? ''));
    // Fetched while the reader chooses, so the file is saved at once.
    void exporting.load().catch(() => undefined);
    menu.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    focusItem(first === 'first' ? 0 : items.length - 1);
  };
  function close(refocus: boolean): void {
    if (!isOpen()) return;
    menu.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    if (refocus) button.focus();
  }

  button.addEventListener('click', () => (isOpen() ? close(true) : open('first')));
  button.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    open(event.key === 'ArrowDown' ? 'first' : 'last');
  });
  menu.addEventListener('keydown', (event) => {
    const at = items.indexOf(doc.activeElement as HTMLButtonElement);
    const moves: Record<string, () => void> = {
      ArrowDown: () => focusItem(at + 1),
      ArrowUp: () => focusItem(at - 1),
      Home: () => focusItem(0),
      End: () => focusItem(items.length - 1),
      Escape: () => close(true),
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      move();
    } else if (event.key === 'Tab') close(false);
  });
  // A click or focus anywhere else closes the menu, as a menu does.
  doc.addEventListener('pointerdown', (event) => {
    if (!root.contains(event.target as Node)) close(false);
  });
  root.addEventListener('focusout', (event) => {
    if (event.relatedTarget instanceof Node && !root.contains(event.relatedTarget)) close(false);
  });

  root.replaceChildren(h(doc, 'div', { class: 'menu-wrap' }, button, menu));
}

/** Saves `text` as a file named `name` of media type `type` through a temporary object URL. */
export function download(doc: Document, name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = h(doc, 'a', { href: url, download: name, hidden: true });
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoked later, not now: some browsers start reading the object URL only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
