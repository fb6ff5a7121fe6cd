/** One entry of the examples gallery: a multi-stage Dockerfile that teaches one idea. */
export interface Example {
  /** Stable id, also the menu item's `data-example`. */
  readonly id: string;
  readonly title: string;
  /** The one idea it teaches, in a sentence. */
  readonly teaches: string;
  readonly text: string;
}
