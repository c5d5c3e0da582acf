/**
 * The worker that paints the place circles, so that thousands of them cost the page's main thread nothing on a day
 * change: it keeps the positions and styles it is sent, and answers each draw with a bitmap the layer shows.
 */
import { paintCircles, Sprites, type CircleReply, type CircleRequest, type Circles } from './circlepaint.ts';

/** The parts of a dedicated worker's global scope used here (the project's types are the page's, not a worker's). */
interface Scope {
  onmessage: ((event: MessageEvent<CircleRequest>) => void) | null;
  postMessage(message: CircleReply, transfer?: Transferable[]): void;
}

const scope = self as unknown as Scope;
const canvas = new OffscreenCanvas(1, 1);
const context = canvas.getContext('2d');
const sprites = new Sprites();
// The first painting of a worker's life sets its canvas up, which takes tens of milliseconds: done now, while the
// page is still loading its data, not when the first circles are waited for.
if (context) {
  paintCircles(context, { version: 0, width: 1, height: 1, ratio: 1, offsetX: 0, offsetY: 0 }, {
    xs: new Float64Array([0]), ys: new Float64Array([0]), styles: [{ radius: 1, fillColor: '#000000', fillOpacity: 1, stroke: true, color: '#ffffff', weight: 1, layer: 0 }], of: new Int32Array([0]),
  }, new Sprites());
  canvas.transferToImageBitmap().close();
}
let circles: Circles = { xs: new Float64Array(0), ys: new Float64Array(0), styles: [], of: new Int32Array(0) };

scope.onmessage = ({ data }) => {
  if (data.kind === 'positions') circles = { ...circles, xs: data.xs, ys: data.ys };
  else if (data.kind === 'styles') circles = { ...circles, styles: data.styles, of: data.of };
  else {
    const { frame } = data;
    try {
      if (!context) throw new Error('this browser gives a worker no 2D canvas');
      const width = Math.round(frame.width * frame.ratio);
      const height = Math.round(frame.height * frame.ratio);
      if (canvas.width !== width) canvas.width = width;
      if (canvas.height !== height) canvas.height = height;
      paintCircles(context, frame, circles, sprites);
      const bitmap = canvas.transferToImageBitmap();
      scope.postMessage({ frame, bitmap }, [bitmap]);
    } catch (error) {
      scope.postMessage({ frame, error: error instanceof Error ? error.message : String(error) });
    }
  }
};
