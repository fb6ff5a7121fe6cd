import type { KeyboardEvent, MouseEvent } from 'react';
import { addStage, STAGE_TEMPLATES, type StageTemplateId } from '../dockerfile/edits/add-stage.ts';
import { useDocumentStore } from '../store/document-context.ts';
import { useCanvasUiStore } from './canvas-ui-context.ts';
import { useCanvasIntent } from './use-canvas-intent.ts';

/** The drag data type of a template dragged from the palette (its value: the template id). */
export const STAGE_TEMPLATE_DRAG_TYPE = 'application/x-stagewright-stage-template';

/**
 * The stage templates, as a rail beside the canvas (not over it, so it never hides a node).
 * Click one (or Enter on it) to append a stage; Shift+click (or Shift+Enter) to add it right
 * after the selected stage, which is how the keyboard places one; drag one onto the canvas to
 * insert it where it is dropped in stage order.
 */
export function StagePalette() {
  const ui = useCanvasUiStore();
  const documentStore = useDocumentStore();
  const run = useCanvasIntent();
  const add = (template: StageTemplateId, afterSelected: boolean) => {
    const selected = documentStore.getState().selectedStage;
    const at = afterSelected && selected !== null ? selected + 1 : undefined;
    const outcome = run((analysis) => addStage(analysis, { template, ...(at === undefined ? {} : { at }) }));
    if (outcome.ok) ui.getState().resetStages();
    else ui.getState().notify(outcome.reason);
  };
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
              title={`Add ${template.label} stage: click to append, Shift+click to add after the selected stage, drag to place`}
              aria-keyshortcuts="Shift+Enter"
              onClick={(event: MouseEvent) => add(template.id, event.shiftKey)}
              onKeyDown={(event: KeyboardEvent) => {
                // Enter alone is the button's own click (append); Shift+Enter places it.
                if (event.key !== 'Enter' || !event.shiftKey) return;
                event.preventDefault();
                add(template.id, true);
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
