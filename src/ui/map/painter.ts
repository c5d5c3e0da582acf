import { Painter, type PaintReply, type PaintRequest, type Picture } from './mappaint.ts';
import MapWorker from './mapworker.ts?worker';

/** Where paint requests go: a worker, or a painter on this page when no worker can paint. */
export interface PainterPort {
  post(request: PaintRequest, transfer: Transferable[]): void;
  close(): void;
}

export interface PainterEvents {
  picture(picture: Picture): void;
  /** The worker could not start or paint, and a painter on the page took over: it knows nothing yet. */
  restarted(): void;
  /** Not even the page could paint. */
  failed(message: string): void;
}

/** A worker started ahead of need; the first port opened takes it. */
let spare: { worker: Worker; failure: string | null } | null = null;

const NO_START = 'the painting worker did not start';

/**
 * Starts a painting worker now, so that loading and starting it overlaps with whatever the page does before it is
 * needed (preparing the data, say) instead of delaying the first picture it paints.
 */
export function startPainter(): void {
  if (spare) return;
  const worker = new MapWorker();
  const started = { worker, failure: null as string | null };
  // A worker that fails to load says so once, perhaps before anyone listens: kept for the port that takes it.
  worker.onerror = (event) => void (started.failure = event.message || NO_START);
  spare = started;
}

/**
 * A port to the painting worker: the one `startPainter` started, or one started when first asked to paint (a map
 * that the page paints itself never starts one). A worker that cannot start or paint is replaced by a painter on
 * this page: slower on a day change, but the map is all there.
 */
export function openPainter(on: PainterEvents): PainterPort {
  let local: Painter | null = null;
  let closed = false;
  const fallBack = (reason: string): void => {
    if (local || closed) return;
    worker?.terminate();
    console.warn(`Frontline paints the map on the page itself: ${reason}`);
    // What was asked of the worker is lost: the painter starts knowing nothing, and is told everything again.
    local = new Painter();
    on.restarted();
  };
  const receive = (reply: PaintReply): void => {
    if (!('error' in reply)) on.picture(reply);
    else if (local) on.failed(reply.error);
    else fallBack(reply.error);
  };
  const listen = ({ worker: started, failure }: { worker: Worker; failure: string | null }): Worker => {
    started.onmessage = (event: MessageEvent<PaintReply>) => receive(event.data);
    started.onerror = (event) => fallBack(event.message || NO_START);
    if (failure !== null) queueMicrotask(() => fallBack(failure));
    return started;
  };
  let worker = spare && listen(spare);
  spare = null;
  return {
    post(request, transfer) {
      if (closed) return;
      if (local) {
        // Answered as a worker would be: after the task that asked.
        void local.handle(request)?.then(receive);
        return;
      }
      worker ??= listen({ worker: new MapWorker(), failure: null });
      worker.postMessage(request, transfer);
    },
    close() {
      closed = true;
      worker?.terminate();
    },
  };
}
