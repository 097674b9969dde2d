/**
 * @module
 * One classic build in progress: the daemon services it uses, its options, its output, and the
 * per-stage state each step reads and advances (config and args, the current image, whether the
 * cache is already busted in this stage). Shared by the step executors and the build loop.
 */
import { DockerError } from '../../core/errors.js';
import type { ContainerService } from '../../container/service.js';
import type { JsonMessage } from '../../image/json-message.js';
import type { ImageService } from '../../image/service.js';
import type { DistributionService } from '../../registry/distribution.js';
import type { StageState } from '../plan/dispatch.js';
import type { BuiltStage } from '../plan/stages.js';
import type { ShellLex } from '../shell/lex.js';
import type { BuildContext } from './context.js';
import type { ClassicBuildOptions } from './options.js';

/** The daemon services a build uses. */
export interface BuildServices {
  readonly images: ImageService;
  readonly containers: ContainerService;
  readonly distribution: DistributionService;
  /** Virtual time, epoch ms. */
  readonly now: () => number;
}

/** A build's fixed inputs and its output. */
export interface BuildSession {
  readonly services: BuildServices;
  readonly options: ClassicBuildOptions;
  readonly context: BuildContext;
  readonly lex: ShellLex;
  /** The stages built so far (for FROM and `COPY --from`). */
  readonly built: BuiltStage[];
  readonly out: (m: JsonMessage) => void;
}

/** The state of the stage being built. */
export interface StageRun {
  /** Config, args, maintainer. */
  state: StageState;
  /** The image of the last step (`""` after `FROM scratch`). */
  imageId: string;
  /** After the first miss of a stage, nothing more is looked up (moby `imageProber`). */
  cacheBusted: boolean;
  /** The latest mtime this stage's layers may carry. */
  readonly sourceDate: number;
}

/** A RUN that exited non-zero: Docker's message, and the exit code the build fails with. */
export class StepFailedError extends DockerError {
  /** The command's exit code (the CLI exits with it). */
  readonly code: number;

  constructor(error: DockerError, code: number) {
    super(error.kind, error.message);
    this.name = 'StepFailedError';
    this.code = code;
  }
}
