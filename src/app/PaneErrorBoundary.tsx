import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** Names the pane in the message ("editor", "canvas"). */
  readonly pane: string;
  readonly children: ReactNode;
}

interface State {
  readonly error: Error | null;
}

/**
 * Keeps a failing pane from taking the page down. The document lives in the store, so
 * "Reload pane" loses nothing: the pane mounts again on the same text.
 */
export class PaneErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // A warning, not an error: the page recovered, and the details help a bug report.
    console.warn(`Stagewright: the ${this.props.pane} pane failed`, error, info.componentStack);
  }

  override render(): ReactNode {
    if (this.state.error === null) return this.props.children;
    return (
      <div role="alert" className="pane-error">
        <p>
          The {this.props.pane} pane stopped working: {this.state.error.message}
        </p>
        <p>Your Dockerfile is safe.</p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          Reload pane
        </button>
      </div>
    );
  }
}
