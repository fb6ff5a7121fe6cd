/**
 * The documentation table behind hovers and completion details: every instruction, every
 * builder flag (per instruction), every `--mount` option and every parser directive. The
 * text is ours, short enough for a hover, and each entry links to its section of the
 * Dockerfile reference for the whole story.
 */
import type { InstructionName } from '../instructions.ts';

/** One documented thing. */
export interface DocEntry {
  /** What it is for, in a sentence or three (Markdown). */
  readonly summary: string;
  /** How it is written, for the hover's code line. */
  readonly syntax: string;
  /** Its section of the Dockerfile reference. */
  readonly url: string;
}

const REFERENCE = 'https://docs.docker.com/reference/dockerfile/';

function ref(anchor: string): string {
  return `${REFERENCE}#${anchor}`;
}

/** The 18 instructions. */
export const INSTRUCTION_DOCS: Readonly<Record<InstructionName, DocEntry>> = {
  ADD: {
    summary:
      'Adds files to the image from the build context, a URL or a Git repository. Local tar archives are unpacked. Prefer `COPY` unless you need a URL, Git or unpacking.',
    syntax: 'ADD [--chown=…] [--chmod=…] [--link] [--checksum=…] <src>… <dest>',
    url: ref('add'),
  },
  ARG: {
    summary:
      'Declares a build argument that `docker build --build-arg` can set. Before the first `FROM` it is global and usable in `FROM` lines; inside a stage it is visible from this line on.',
    syntax: 'ARG <name>[=<default value>]',
    url: ref('arg'),
  },
  CMD: {
    summary:
      'The default command (or default arguments to `ENTRYPOINT`) when a container starts. Only the last `CMD` of the stage counts. Use the JSON form so the process receives signals.',
    syntax: 'CMD ["executable", "param1", "param2"]',
    url: ref('cmd'),
  },
  COPY: {
    summary:
      'Copies files from the build context, or with `--from` from another stage or image, into the image. The destination is created if it does not exist.',
    syntax: 'COPY [--from=<stage|image>] [--chown=…] [--chmod=…] [--link] <src>… <dest>',
    url: ref('copy'),
  },
  ENTRYPOINT: {
    summary:
      'The executable a container runs; `CMD` supplies its default arguments. Use the JSON form so the process runs as PID 1 and receives signals.',
    syntax: 'ENTRYPOINT ["executable", "param1", "param2"]',
    url: ref('entrypoint'),
  },
  ENV: {
    summary:
      'Sets environment variables for the rest of the stage, for stages built on it, and for containers started from the image.',
    syntax: 'ENV <key>=<value> [<key>=<value>…]',
    url: ref('env'),
  },
  EXPOSE: {
    summary:
      'Documents the ports the container listens on (TCP unless `/udp`). It publishes nothing by itself: `docker run -p` does.',
    syntax: 'EXPOSE <port>[/<protocol>]…',
    url: ref('expose'),
  },
  FROM: {
    summary:
      'Starts a new build stage from a base image, an earlier stage, or `scratch`. `AS <name>` names the stage so `COPY --from`, `--mount from=` and `--target` can refer to it.',
    syntax: 'FROM [--platform=<platform>] <image> [AS <name>]',
    url: ref('from'),
  },
  HEALTHCHECK: {
    summary:
      'Tells the container runtime how to test that the container still works. `HEALTHCHECK NONE` turns off a check inherited from the base image.',
    syntax: 'HEALTHCHECK [--interval=…] [--timeout=…] [--retries=…] CMD <command>',
    url: ref('healthcheck'),
  },
  LABEL: {
    summary: 'Adds metadata to the image as key/value pairs, such as `org.opencontainers.image.source`.',
    syntax: 'LABEL <key>=<value> [<key>=<value>…]',
    url: ref('label'),
  },
  MAINTAINER: {
    summary: 'Deprecated. Sets the image author; use `LABEL org.opencontainers.image.authors=…` instead.',
    syntax: 'MAINTAINER <name>',
    url: ref('maintainer-deprecated'),
  },
  ONBUILD: {
    summary:
      'Registers an instruction that runs later, when another build uses this image (or stage) as its base.',
    syntax: 'ONBUILD <INSTRUCTION>',
    url: ref('onbuild'),
  },
  RUN: {
    summary:
      'Runs a command in a new layer on top of the current image. `--mount` gives the command caches, secrets or files from other stages without keeping them in the layer.',
    syntax: 'RUN [--mount=…] [--network=…] [--security=…] <command>',
    url: ref('run'),
  },
  SHELL: {
    summary: 'Replaces the shell that the shell form of `RUN`, `CMD` and `ENTRYPOINT` uses (`["/bin/sh", "-c"]` on Linux).',
    syntax: 'SHELL ["executable", "parameters"]',
    url: ref('shell'),
  },
  STOPSIGNAL: {
    summary: 'The system call signal sent to the container to stop it (`SIGTERM` by default).',
    syntax: 'STOPSIGNAL <signal>',
    url: ref('stopsignal'),
  },
  USER: {
    summary: 'The user (and optionally group) that the rest of the stage and the container run as.',
    syntax: 'USER <user>[:<group>]',
    url: ref('user'),
  },
  VOLUME: {
    summary: 'Marks paths as holding externally mounted volumes. Changes made to them after this line are discarded.',
    syntax: 'VOLUME ["/data"]',
    url: ref('volume'),
  },
  WORKDIR: {
    summary: 'Sets the working directory for the instructions that follow and for the container; it is created if missing. Use absolute paths.',
    syntax: 'WORKDIR /path/to/workdir',
    url: ref('workdir'),
  },
};

const CHOWN: DocEntry = {
  summary: 'Owner (and group) of the copied files, by name or numeric id. Names are looked up in the image’s `/etc/passwd` and `/etc/group`.',
  syntax: '--chown=<user>[:<group>]',
  url: ref('copy---chown---chmod'),
};
const CHMOD: DocEntry = {
  summary: 'Permission bits of the copied files, in octal (`755`) or symbolic (`u+x`) notation.',
  syntax: '--chmod=<perms>',
  url: ref('copy---chown---chmod'),
};
const EXCLUDE: DocEntry = {
  summary: 'Leaves out source paths that match a pattern; repeat the flag for several patterns.',
  syntax: '--exclude=<path>',
  url: ref('copy---exclude'),
};

/** The builder flags of each instruction, keyed by the flag name without dashes. */
export const FLAG_DOCS: Readonly<Record<string, Readonly<Record<string, DocEntry>>>> = {
  FROM: {
    platform: {
      summary:
        'The platform of the base image (`linux/amd64`, `$BUILDPLATFORM`). Use `$BUILDPLATFORM` for stages that cross-compile, so they run natively.',
      syntax: '--platform=<os>/<arch>[/<variant>]',
      url: ref('from'),
    },
  },
  COPY: {
    from: {
      summary:
        'Copies from an earlier stage (by name or index), an image, or a named build context instead of the build context. This is what makes a multi-stage build.',
      syntax: '--from=<stage name | index | image>',
      url: ref('copy---from'),
    },
    chown: CHOWN,
    chmod: CHMOD,
    link: {
      summary:
        'Copies into an independent layer, so the layer is reused even when earlier layers change, and rebasing the image does not rebuild it.',
      syntax: '--link[=<bool>]',
      url: ref('copy---link'),
    },
    parents: {
      summary: 'Keeps the parent directories of the sources (`/./` in a source path marks where the kept part starts).',
      syntax: '--parents[=<bool>]',
      url: ref('copy---parents'),
    },
    exclude: EXCLUDE,
  },
  ADD: {
    chown: CHOWN,
    chmod: CHMOD,
    link: {
      summary: 'Adds into an independent layer, so the layer is reused even when earlier layers change.',
      syntax: '--link[=<bool>]',
      url: ref('add---link'),
    },
    'keep-git-dir': {
      summary: 'Keeps the `.git` directory when adding a Git repository.',
      syntax: '--keep-git-dir[=<bool>]',
      url: ref('add---keep-git-dir'),
    },
    checksum: {
      summary: 'The expected checksum of a remote source (`sha256:…`); the build fails if the download does not match.',
      syntax: '--checksum=<hash>',
      url: ref('add---checksum'),
    },
    exclude: { ...EXCLUDE, url: ref('add---exclude') },
    unpack: {
      summary: 'Whether to unpack an archive source (`true` or `false`); by default local archives are unpacked and remote ones are not.',
      syntax: '--unpack[=<bool>]',
      url: ref('add'),
    },
  },
  RUN: {
    mount: {
      summary:
        'Mounts something for this command only: a cache, a secret, an SSH agent, a tmpfs, or files from the context or another stage (`type=bind`, the default). Nothing mounted ends up in the layer.',
      syntax: '--mount=[type=<bind|cache|tmpfs|secret|ssh>][,option=value…]',
      url: ref('run---mount'),
    },
    network: {
      summary: 'The network the command runs in: `default`, `none` (no network) or `host`.',
      syntax: '--network=<default|none|host>',
      url: ref('run---network'),
    },
    security: {
      summary: '`insecure` runs the command with elevated privileges (like `docker run --privileged`); it must be allowed by the builder.',
      syntax: '--security=<sandbox|insecure>',
      url: ref('run---security'),
    },
    device: {
      summary: 'Gives the command access to a CDI device (labs syntax), such as a GPU.',
      syntax: '--device=<name>[,required]',
      url: ref('run---device'),
    },
  },
  HEALTHCHECK: {
    interval: { summary: 'Time between checks (default `30s`).', syntax: '--interval=<duration>', url: ref('healthcheck') },
    timeout: { summary: 'A check taking longer than this fails (default `30s`).', syntax: '--timeout=<duration>', url: ref('healthcheck') },
    'start-period': {
      summary: 'Grace period after start during which failures do not count (default `0s`).',
      syntax: '--start-period=<duration>',
      url: ref('healthcheck'),
    },
    'start-interval': {
      summary: 'Time between checks during the start period (default `5s`).',
      syntax: '--start-interval=<duration>',
      url: ref('healthcheck'),
    },
    retries: {
      summary: 'Consecutive failures before the container is `unhealthy` (default `3`).',
      syntax: '--retries=<n>',
      url: ref('healthcheck'),
    },
  },
};

/** The mount types, for `type=`. */
export const MOUNT_TYPE_DOCS: Readonly<Record<string, DocEntry>> = {
  bind: {
    summary: 'Mounts files from the build context or, with `from=`, from a stage or image. Read-only unless `rw`.',
    syntax: 'type=bind',
    url: ref('run---mounttypebind'),
  },
  cache: {
    summary: 'A persistent cache directory shared between builds, for package managers and compilers.',
    syntax: 'type=cache',
    url: ref('run---mounttypecache'),
  },
  tmpfs: { summary: 'An empty in-memory file system.', syntax: 'type=tmpfs', url: ref('run---mounttypetmpfs') },
  secret: {
    summary: 'A secret from `docker build --secret`, as a file or (with `env=`) an environment variable, never stored in the image.',
    syntax: 'type=secret',
    url: ref('run---mounttypesecret'),
  },
  ssh: {
    summary: 'The build client’s SSH agent socket, for cloning private repositories.',
    syntax: 'type=ssh',
    url: ref('run---mounttypessh'),
  },
};

/** The `--mount` options, keyed by name. `types` lists the mount types that take the option. */
export const MOUNT_OPTION_DOCS: Readonly<Record<string, DocEntry & { readonly types: readonly string[] }>> = {
  type: {
    summary: 'What to mount: `bind` (default), `cache`, `tmpfs`, `secret` or `ssh`.',
    syntax: 'type=<bind|cache|tmpfs|secret|ssh>',
    url: ref('run---mount'),
    types: ['bind', 'cache', 'tmpfs', 'secret', 'ssh'],
  },
  target: {
    summary: 'Where the mount appears inside the command’s file system.',
    syntax: 'target=<path>',
    url: ref('run---mount'),
    types: ['bind', 'cache', 'tmpfs', 'secret', 'ssh'],
  },
  dst: {
    summary: 'Another name for `target`: where the mount appears.',
    syntax: 'dst=<path>',
    url: ref('run---mount'),
    types: ['bind', 'cache', 'tmpfs', 'secret', 'ssh'],
  },
  destination: {
    summary: 'Another name for `target`: where the mount appears.',
    syntax: 'destination=<path>',
    url: ref('run---mount'),
    types: ['bind', 'cache', 'tmpfs', 'secret', 'ssh'],
  },
  source: {
    summary: 'The path inside `from` (or the build context) to mount; its root by default.',
    syntax: 'source=<path>',
    url: ref('run---mounttypebind'),
    types: ['bind', 'cache'],
  },
  src: {
    summary: 'Another name for `source`: the path inside `from` to mount.',
    syntax: 'src=<path>',
    url: ref('run---mounttypebind'),
    types: ['bind', 'cache'],
  },
  from: {
    summary:
      'The stage or image to mount from, by name only (`from=0` means an image called `0`). For a cache it seeds the cache’s first use.',
    syntax: 'from=<stage name | image>',
    url: ref('run---mounttypebind'),
    types: ['bind', 'cache'],
  },
  id: {
    summary: 'Identifies a cache (default: the target path) or the secret / SSH key to mount.',
    syntax: 'id=<id>',
    url: ref('run---mounttypecache'),
    types: ['cache', 'secret', 'ssh'],
  },
  sharing: {
    summary: 'How concurrent builds share a cache: `shared` (default), `private` (a new one if in use) or `locked` (wait).',
    syntax: 'sharing=<shared|private|locked>',
    url: ref('run---mounttypecache'),
    types: ['cache'],
  },
  mode: {
    summary: 'File mode of the mount point or secret file, in octal (cache `0755`, secret and SSH `0400`).',
    syntax: 'mode=<octal>',
    url: ref('run---mounttypecache'),
    types: ['cache', 'secret', 'ssh'],
  },
  uid: { summary: 'User id that owns the mount (default `0`).', syntax: 'uid=<id>', url: ref('run---mounttypecache'), types: ['cache', 'secret', 'ssh'] },
  gid: { summary: 'Group id that owns the mount (default `0`).', syntax: 'gid=<id>', url: ref('run---mounttypecache'), types: ['cache', 'secret', 'ssh'] },
  readonly: {
    summary: 'Makes the mount read-only.',
    syntax: 'readonly[=<bool>]',
    url: ref('run---mounttypecache'),
    types: ['bind', 'cache'],
  },
  ro: { summary: 'Short for `readonly`.', syntax: 'ro[=<bool>]', url: ref('run---mounttypecache'), types: ['bind', 'cache'] },
  readwrite: {
    summary: 'Lets the command write to a bind mount; the writes are thrown away afterwards.',
    syntax: 'readwrite[=<bool>]',
    url: ref('run---mounttypebind'),
    types: ['bind'],
  },
  rw: {
    summary: 'Short for `readwrite`: writes to the bind mount are allowed and thrown away afterwards.',
    syntax: 'rw[=<bool>]',
    url: ref('run---mounttypebind'),
    types: ['bind'],
  },
  required: {
    summary: 'Fails the build when the secret or SSH key is not provided (by default it is skipped).',
    syntax: 'required[=<bool>]',
    url: ref('run---mounttypesecret'),
    types: ['secret', 'ssh'],
  },
  size: { summary: 'Upper limit of the tmpfs size.', syntax: 'size=<bytes>', url: ref('run---mounttypetmpfs'), types: ['tmpfs'] },
  env: {
    summary: 'Exposes the secret as this environment variable instead of (or besides) a file.',
    syntax: 'env=<variable>',
    url: ref('run---mounttypesecret'),
    types: ['secret'],
  },
};

/** The parser directives, keyed by lowercase name. */
export const DIRECTIVE_DOCS: Readonly<Record<string, DocEntry>> = {
  syntax: {
    summary: 'The Dockerfile frontend (syntax version) BuildKit uses for this file, such as `docker/dockerfile:1`.',
    syntax: '# syntax=<frontend image>',
    url: ref('syntax'),
  },
  escape: {
    summary: 'The escape and line-continuation character: `\\` (default) or `` ` `` (handy on Windows paths).',
    syntax: '# escape=<\\ | `>',
    url: ref('escape'),
  },
  check: {
    summary: 'Configures build checks: `skip=` lists rules to skip (or `all`), `error=true` makes any finding fail the build.',
    syntax: '# check=skip=<rules|all>;error=<true|false>',
    url: ref('check'),
  },
};

/** The documentation of a flag of an instruction (upper-case name), if it has one. */
export function flagDoc(instruction: string, flag: string): DocEntry | undefined {
  const flags = Object.hasOwn(FLAG_DOCS, instruction) ? FLAG_DOCS[instruction] : undefined;
  return flags !== undefined && Object.hasOwn(flags, flag) ? flags[flag] : undefined;
}

/** The documentation of a mount option (key lowercased). */
export function mountOptionDoc(key: string): (DocEntry & { readonly types: readonly string[] }) | undefined {
  return Object.hasOwn(MOUNT_OPTION_DOCS, key) ? MOUNT_OPTION_DOCS[key] : undefined;
}

/** Renders an entry as hover Markdown: the syntax, the summary and the reference link. */
export function docMarkdown(entry: DocEntry): string {
  return `\`\`\`dockerfile\n${entry.syntax}\n\`\`\`\n\n${entry.summary}\n\n[Dockerfile reference](${entry.url})`;
}
