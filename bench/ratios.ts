/**
 * The ratios each benchmark reports: `[numerator, denominator, label, target?]`, by suite name.
 * A ratio is mean time of the numerator over mean time of the denominator, both measured in the
 * same run (machines are noisy; absolute times mean little, ratios mean more).
 */
export interface RatioSpec {
  readonly over: string;
  readonly under: string;
  readonly label: string;
  /** The ratio the issue asks for, if any ("≤ 1.5" → 1.5). */
  readonly atMost?: number;
  /** For "≥ N x faster" targets: the ratio must be at least this. */
  readonly atLeast?: number;
}

export const RATIOS: { readonly [suite: string]: readonly RatioSpec[] } = {
  'store writes': [
    { over: 'store write @100k', under: 'store write @100', label: 'scaling: store write at 100k vs 100 records', atMost: 1.5 },
    { over: 'store write @10k', under: 'store write @100', label: 'scaling: store write at 10k vs 100 records', atMost: 1.5 },
    { over: 'baseline Map write @100k', under: 'baseline Map write @100', label: 'scaling of the bare Map baseline, 100k vs 100 (for comparison)' },
    { over: 'store write @100', under: 'baseline Map write @100', label: 'overhead: store vs bare Map at 100 records' },
    { over: 'store write @100k', under: 'baseline Map write @100k', label: 'overhead: store vs bare Map at 100k records' },
  ],
  'engine api over a unix socket': [
    { over: 'dockersim GET /v1.50/version', under: 'bare node:http GET /v1.50/version', label: 'GET /version over the socket: dockersim vs a bare server sending the same bytes' },
    { over: 'dockersim GET /v1.50/info', under: 'bare node:http GET /v1.50/info', label: 'GET /info over the socket: dockersim vs a bare server sending the same bytes' },
  ],
  'container routes over a unix socket': [
    { over: 'dockersim GET /containers/json', under: 'bare node:http GET /containers/json', label: 'GET /containers/json (10 containers) over the socket: dockersim vs a bare server sending the same bytes' },
    { over: 'dockersim create+wait+start+delete', under: 'bare node:http create+wait+start+delete', label: 'hello-world create+wait+start+delete over the socket: dockersim vs a bare server replaying the answers' },
  ],
  'engine api in-process': [
    { over: 'handler GET /v1.50/info', under: 'client systemInfo', label: 'the wire format in-process: handler (Request→Response) vs the typed client call' },
  ],
  'docker CLI': [
    { over: 'docker version via dockersim', under: 'docker version via a bare server (same bytes)', label: 'what dockersim adds to the real CLI\'s `docker version`' },
    { over: 'docker run --rm hello-world via dockersim', under: 'docker version via dockersim (for run)', label: '`docker run --rm hello-world` vs `docker version`, both through the real CLI (what a run adds to the CLI\'s own cost)' },
  ],
  'flat immer map (what we avoid)': [
    { over: 'flat immer write @10k', under: 'store write @10k', label: 'a flat immer map vs the Table store at 10k records' },
  ],
  'context hashing': [
    { over: 'tarsum 2000 files', under: 'node:crypto sha256 2000 files', label: 'context TarSum (@noble/hashes) vs node:crypto sha256 of the same bytes' },
    { over: 'COPY . . checksum of 2000 sums', under: 'node:crypto sha256 2000 files', label: 'COPY . . dir: checksum from precomputed sums vs hashing the bytes' },
    { over: '.dockerignore filter of 2000 files', under: 'node:crypto sha256 2000 files', label: '.dockerignore filtering of the listing vs hashing the bytes' },
  ],
  'classic build cache': [
    { over: 'cold 30-step build, 2000-file context', under: 'cached 30-step rebuild, 2000-file context', label: 'classic build: cold 30-step build vs cached rebuild (2,000-file context)', atLeast: 20 },
  ],
  'pull with shared layers': [
    { over: 'pull 5 layers into a host that has 4', under: 'pull 5 layers into an empty host', label: 'pull of a 5-layer image: host with 4 of the layers vs empty host' },
  ],
  'sha256 throughput': [
    { over: '@noble/hashes sha256 of 1 MiB', under: 'node:crypto sha256 of 1 MiB', label: 'sha256: @noble/hashes (browser-safe) vs node:crypto, same bytes' },
  ],
  'network connect/disconnect churn': [
    { over: 'churn @5000 endpoints', under: 'churn @50 endpoints', label: 'scaling: connect+disconnect on a network with 5,000 vs 50 endpoints', atMost: 1.5 },
  ],
  'container cycle': [
    { over: 'hello-world cycle (in-process)', under: 'bare mutable baseline cycle', label: 'overhead: hello-world create→start→exit→rm vs a bare mutable Map' },
  ],
  'container cycle scaling': [
    { over: 'cycle @10k others', under: 'cycle @10 others', label: 'scaling: a container cycle with 10k vs 10 other containers', atMost: 1.5 },
  ],
};
