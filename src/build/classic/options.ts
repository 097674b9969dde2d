/**
 * @module
 * The options of a classic build: the query of `POST /build` (`dockerfile`, `t`, `buildargs`,
 * `labels`, `target`, `nocache`, `pull`, `q`, `rm`, `forcerm`, `platform`, `X-Registry-Config`)
 * as typed fields, and what the builder hands back. See
 * https://docs.docker.com/reference/api/engine/version/v1.50/#tag/Image/operation/ImageBuild.
 */
import type { AuthConfig } from '../../registry/auth.js';
import type { BuildArgValue } from '../plan/build-args.js';

/** Options of a classic build (`docker build` with `DOCKER_BUILDKIT=0`). */
export interface ClassicBuildOptions {
  /** Path of the Dockerfile in the context (`-f`); default `Dockerfile`. */
  readonly dockerfile?: string;
  /** `-t` references; the previous holder of each becomes dangling. */
  readonly tags?: readonly string[];
  /** `--build-arg`; null: named without a value and unset in the client's environment. */
  readonly buildArgs?: Readonly<Record<string, BuildArgValue>>;
  /** `--label`, added as LABEL steps at the end of the last stage. */
  readonly labels?: Readonly<Record<string, string>>;
  /** `--target`: build the stages up to this one. */
  readonly target?: string;
  /** `--no-cache`. */
  readonly noCache?: boolean;
  /** `--pull`: pull every base image even when present. */
  readonly pull?: boolean;
  /** `-q`: only the image id (the log is sent only when the build fails). */
  readonly quiet?: boolean;
  /** Remove intermediate containers after a successful step (default true, `--rm`). */
  readonly rm?: boolean;
  /** Remove intermediate containers even after a failed step (`--force-rm`). */
  readonly forceRm?: boolean;
  /** `--platform` for base images (only linux/amd64 is simulated). */
  readonly platform?: string;
  /** Credentials by registry (`X-Registry-Config`), for pulling base images. */
  readonly authConfigs?: Readonly<Record<string, AuthConfig>>;
  /**
   * RUN `--mount`/`--network`/`--security`: `error` (default; the classic builder's `the --mount
   * option requires BuildKit…`) or `ignore` (run without them, with a dockersim warning line).
   */
  readonly buildKitFlags?: 'error' | 'ignore';
  /**
   * The latest mtime a built layer may carry (epoch ms): later ones are clamped to it (BuildKit's
   * `SOURCE_DATE_EPOCH` rewrite). Default: the `SOURCE_DATE_EPOCH` build arg (seconds), else the
   * stage's base image creation time (0 for scratch), so identical steps give identical layers.
   */
  readonly sourceDate?: number;
}

/** What a finished build produced. */
export interface ClassicBuildResult {
  /** The final image (`sha256:…`). */
  readonly imageId: string;
  /** The references now pointing at it (canonical). */
  readonly tags: readonly string[];
  /** Per stage, the image it produced. */
  readonly stages: readonly { readonly name: string; readonly imageId: string }[];
}
