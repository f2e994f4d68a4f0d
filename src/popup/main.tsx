// The popup is one file (plus lazy chunks for other screens and for Chinese). Module order is the point:
// early.ts runs first and sends the first screen's questions, then React and the screens are evaluated
// (render.tsx) while the answers travel. The style sheet is written into popup.html by the build.
import './early.ts';
import './render.tsx';
