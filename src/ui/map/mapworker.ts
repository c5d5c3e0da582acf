/**
 * The worker that paints the map's data, so that thousands of circles and highway stretches cost the page's main
 * thread nothing on a day change: a `Painter` answering each draw with a bitmap the map's canvas layer shows.
 */
import { Painter, type PaintReply, type PaintRequest } from './mappaint.ts';

/** The parts of a dedicated worker's global scope used here (the project's types are the page's, not a worker's). */
interface Scope {
  onmessage: ((event: MessageEvent<PaintRequest>) => void) | null;
  postMessage(message: PaintReply, transfer?: Transferable[]): void;
}

const scope = self as unknown as Scope;
const painter = new Painter();
painter.warm();

scope.onmessage = ({ data }) => {
  void painter.handle(data)?.then((reply) => scope.postMessage(reply, 'bitmap' in reply ? [reply.bitmap] : []));
};
