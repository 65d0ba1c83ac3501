/** The jsonld / jsonld-signatures document loader contract. */
export interface RemoteDocument {
  contextUrl: null;
  documentUrl: string;
  document: Record<string, unknown>;
}

export type DocumentLoader = (url: string) => Promise<RemoteDocument>;
