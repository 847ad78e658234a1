/** One file of a generated workspace. */
export interface GeneratedFile {
  /** Relative, `/`-separated, never absolute and never containing `..`. */
  readonly path: string;
  readonly contents: string;
  /** The model node the file belongs to, so a UI can show the selected node's files first. */
  readonly nodeId?: string;
}

export interface GenerateOptions {
  /** Only this service (by node id), plus the workspace files it needs. */
  readonly service?: string;
}
