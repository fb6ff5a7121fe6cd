import './io.css';
import { useEffect, useRef, useState } from 'react';
import { useOpenFile } from './use-open-file.ts';

function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}

/**
 * Drop a file anywhere on the window to open it. While a file is dragged over the page, an
 * overlay says what dropping will do. Drags of text (into Monaco) are left alone.
 */
export function FileDropOverlay() {
  const [active, setActive] = useState(false);
  const depth = useRef(0);
  const openFile = useOpenFile();

  useEffect(() => {
    const onDragEnter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth.current++;
      setActive(true);
    };
    const onDragOver = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      // Without this the browser opens the file itself, leaving the app.
      event.preventDefault();
      if (event.dataTransfer !== null) event.dataTransfer.dropEffect = 'copy';
    };
    const onDragLeave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      // dragenter/dragleave fire for every child crossed; the count says when it truly left.
      depth.current = Math.max(0, depth.current - 1);
      if (depth.current === 0) setActive(false);
    };
    const onDrop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      // Capture phase: Monaco would otherwise insert the file's path as text.
      event.stopPropagation();
      depth.current = 0;
      setActive(false);
      const file = event.dataTransfer?.files[0];
      if (file !== undefined) void openFile(file);
    };
    window.addEventListener('dragenter', onDragEnter, true);
    window.addEventListener('dragover', onDragOver, true);
    window.addEventListener('dragleave', onDragLeave, true);
    window.addEventListener('drop', onDrop, true);
    return () => {
      window.removeEventListener('dragenter', onDragEnter, true);
      window.removeEventListener('dragover', onDragOver, true);
      window.removeEventListener('dragleave', onDragLeave, true);
      window.removeEventListener('drop', onDrop, true);
    };
  }, [openFile]);

  if (!active) return null;
  return (
    <div className="drop-overlay" data-drop-overlay aria-hidden="true">
      <div className="drop-overlay__message">Drop a Dockerfile to open it</div>
    </div>
  );
}
