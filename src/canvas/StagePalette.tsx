import { addStage, STAGE_TEMPLATES } from '../dockerfile/edits/add-stage.ts';
import { useCanvasUiStore } from './canvas-ui-context.ts';
import { useCanvasIntent } from './use-canvas-intent.ts';

/** The drag data type of a template dragged from the palette (its value: the template id). */
export const STAGE_TEMPLATE_DRAG_TYPE = 'application/x-stagewright-stage-template';

/**
 * The stage templates, as a rail beside the canvas (not over it, so it never hides a node). Click one (or Enter on it) to append
 * a stage; drag one onto the canvas to insert it where it is dropped in stage order.
 */
export function StagePalette() {
  const ui = useCanvasUiStore();
  const run = useCanvasIntent();
  return (
    <nav className="stage-palette nokey" aria-label="Stage templates">
        <div className="stage-palette__title" aria-hidden="true">
          Add stage
        </div>
        <ul>
          {STAGE_TEMPLATES.map((template) => (
            <li key={template.id}>
              <button
                type="button"
                draggable
                className="stage-palette__item"
                title={`Add ${template.label} stage (click to append, drag to place)`}
                onClick={() => {
                  const outcome = run((analysis) => addStage(analysis, { template: template.id }));
                  if (outcome.ok) ui.getState().resetStages();
                  else ui.getState().notify(outcome.reason);
                }}
                onDragStart={(event) => {
                  event.dataTransfer.setData(STAGE_TEMPLATE_DRAG_TYPE, template.id);
                  event.dataTransfer.effectAllowed = 'copy';
                }}
              >
                {template.label}
              </button>
            </li>
          ))}
        </ul>
    </nav>
  );
}
