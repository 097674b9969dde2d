/**
 * @module
 * The usage texts of docker's `--format` flags (docker/cli `cli/flags` `FormatHelp` and
 * `InspectFormatHelp`), shared by every list and inspect command.
 */

/** `--format` of list commands (`docker ps`, `docker images`…). */
export const FORMAT_HELP = `Format output using a custom template:
'table':            Print output in table format with column headers (default)
'table TEMPLATE':   Print output in table format using the given Go template
'json':             Print in JSON format
'TEMPLATE':         Print output using the given Go template.
Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates`;

/** `--format` of inspect commands (`docker inspect`, `docker version`…). */
export const INSPECT_FORMAT_HELP = `Format output using a custom template:
'json':             Print in JSON format
'TEMPLATE':         Print output using the given Go template.
Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates`;
