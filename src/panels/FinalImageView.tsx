import { useMemo } from 'react';
import { sourcePhrase } from '../dockerfile/teach/copy-sources.ts';
import { finalImage, type ImageSetting } from '../dockerfile/teach/final-image.ts';
import { stageTitle } from '../dockerfile/teach/stage-title.ts';
import { useDeferredDocument } from '../store/document-context.ts';

const FROM_BASE = 'from the base image';

/** What the target image holds, and what stays behind in the builder stages. */
export function FinalImageView({ target }: { readonly target: number }) {
  const analysis = useDeferredDocument((s) => s.graphAnalysis);
  const image = useMemo(() => finalImage(analysis, target), [analysis, target]);
  if (image === null) return null;
  const stages = analysis.model.stages;
  const name = (index: number) => (stages[index] === undefined ? `#${index}` : stageTitle(stages[index]!));
  const setting = (value: ImageSetting | null) =>
    value === null ? <span className="teach-note">{FROM_BASE}</span> : <code>{value.value}</code>;
  const viaChain = image.chain.length > 1 ? ` (through ${image.chain.slice(1).map(name).join(' → ')})` : '';
  return (
    <section className="final-image" aria-label="Final image">
      <h3>Final image</h3>
      <dl className="final-image__settings">
        <div>
          <dt>Base image</dt>
          <dd>
            <code>{image.base.ref}</code>
            {viaChain}
          </dd>
        </div>
        <div>
          <dt>ENV</dt>
          <dd>
            {image.env.length === 0 ? <span className="teach-note">none set here; {FROM_BASE}</span> : image.env.map((e) => <code key={e.key}>{`${e.key}=${e.value}`}</code>)}
          </dd>
        </div>
        <div>
          <dt>EXPOSE</dt>
          <dd>{image.expose.length === 0 ? <span className="teach-note">none</span> : image.expose.map((e) => <code key={e.value}>{e.value}</code>)}</dd>
        </div>
        <div>
          <dt>USER</dt>
          <dd>{setting(image.user)}</dd>
        </div>
        <div>
          <dt>WORKDIR</dt>
          <dd>{setting(image.workdir)}</dd>
        </div>
        <div>
          <dt>ENTRYPOINT</dt>
          <dd>{setting(image.entrypoint)}</dd>
        </div>
        <div>
          <dt>CMD</dt>
          <dd>{setting(image.cmd)}</dd>
        </div>
        <div>
          <dt>HEALTHCHECK</dt>
          <dd>{setting(image.healthcheck)}</dd>
        </div>
      </dl>
      <h4>Files copied in</h4>
      {image.files.length === 0 ? (
        <p className="teach-note">Nothing is copied in: the image holds what its base and RUN lines put there.</p>
      ) : (
        <table className="final-image__files">
          <thead>
            <tr>
              <th scope="col">Path</th>
              <th scope="col">To</th>
              <th scope="col">From</th>
            </tr>
          </thead>
          <tbody>
            {image.files.map((file) => (
              <tr key={file.instruction.from} data-file-source={file.source.kind === 'stage' ? file.source.name : file.source.kind}>
                <td>
                  <code>{file.source.kind === 'inline' ? '(inline heredoc)' : file.paths.join(' ')}</code>
                </td>
                <td>
                  <code>{file.destination}</code>
                </td>
                <td>{sourcePhrase(file.source)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h4>Left behind in builder stages</h4>
      {image.leftBehind.length === 0 ? (
        <p className="teach-note">No builder stages: everything built here ships in the image.</p>
      ) : (
        <ul className="final-image__left-behind">
          {image.leftBehind.map((left) => (
            <li key={left.stage} data-left-behind={left.name}>
              <strong>{left.name}</strong> <span className="teach-note">on {left.toolchain}</span>
              {left.installs.length > 0 ? <div>Installs: {left.installs.join(', ')}</div> : null}
              {left.builds.length > 0 ? <div>Builds with: {left.builds.join(', ')}</div> : null}
              {left.sources.length > 0 ? <div>Sources: {left.sources.join(', ')}</div> : null}
              <div className="teach-note">
                {left.taken.length > 0 ? `The image takes only ${left.taken.join(', ')}; the toolchain and the rest stay behind.` : 'Nothing of it ships: it only feeds other stages.'}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
