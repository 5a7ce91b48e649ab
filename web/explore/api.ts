/**
 * Everything the explorer asks of newsgraph, through the public GraphQL API only (POST /graphql on
 * the page's own origin): it is also an example for apps built on the API. The documents are plain
 * data, checked against the SDL by tests/explore/explore-documents.test.ts.
 */

const NODE_FIELDS = `
fragment ExplorerNode on Node {
  __typename
  id
  ... on Actor {
    key
    name
    aliases
  }
  ... on Event {
    key
    date {
      value
    }
    reportCount
  }
  ... on Warrant {
    status
  }
}
`;

const RELATIONSHIP_FIELDS = `
fragment ExplorerRelationship on GraphRelationship {
  type
  role
  from {
    id
  }
  to {
    id
  }
}
`;

const SOURCE_FIELDS = `
fragment ExplorerSource on Source {
  article {
    articleId
    title
    url
    publishedAt
  }
  evidence {
    text
  }
}
`;

export const DOCUMENTS = {
  search: `query ExplorerSearch($query: String!) {
  search(query: $query, first: 8) {
    actor {
      ...ExplorerNode
    }
  }
}
${NODE_FIELDS}`,

  neighbourhood: `query ExplorerNeighbourhood($id: ID!, $hops: Int!, $limit: Int!) {
  neighbourhood(id: $id, hops: $hops, limit: $limit) {
    truncated
    nodes {
      ...ExplorerNode
    }
    relationships {
      ...ExplorerRelationship
    }
  }
}
${NODE_FIELDS}${RELATIONSHIP_FIELDS}`,

  path: `query ExplorerPath($from: ID!, $to: ID!, $maxHops: Int!) {
  path(from: $from, to: $to, maxHops: $maxHops) {
    length
    nodes {
      ...ExplorerNode
    }
    steps {
      ...ExplorerRelationship
    }
  }
}
${NODE_FIELDS}${RELATIONSHIP_FIELDS}`,

  event: `query ExplorerEvent($id: ID!) {
  event(id: $id) {
    ...ExplorerNode
    ... on Warrant {
      charges
    }
    ... on Meeting {
      mode
      topic
    }
    actors {
      role
      actor {
        id
        name
      }
    }
    sources(first: 20) {
      ...ExplorerSource
    }
  }
}
${NODE_FIELDS}${SOURCE_FIELDS}`,

  actor: `query ExplorerActor($id: ID!) {
  node(id: $id) {
    ...ExplorerNode
    ... on Actor {
      roles(first: 20) {
        role
        holder {
          id
          name
        }
        sources(first: 3) {
          ...ExplorerSource
        }
      }
      members(first: 20) {
        role
        person {
          id
          name
        }
        sources(first: 3) {
          ...ExplorerSource
        }
      }
      mentionedIn(first: 5) {
        articleId
        title
        url
        publishedAt
      }
    }
  }
}
${NODE_FIELDS}${SOURCE_FIELDS}`,
} as const;

/** A node as ExplorerNode reads it: an actor (name) or an event (date), of any __typename. */
export interface ApiNode {
  __typename: string;
  id: string;
  key: string;
  name?: string;
  aliases?: string[];
  date?: { value: string } | null;
  reportCount?: number;
  status?: string;
  [field: string]: unknown;
}

export interface ApiRelationship {
  type: string;
  role: string | null;
  from: { id: string };
  to: { id: string };
}

export interface ApiArticle {
  articleId: string;
  title: string | null;
  url: string | null;
  publishedAt: string | null;
}

export interface ApiSource {
  article: ApiArticle;
  evidence: Array<{ text: string }>;
}

export interface ApiRole {
  role: string;
  holder?: { id: string; name: string };
  person?: { id: string; name: string };
  sources: ApiSource[];
}

export interface ApiEvent extends ApiNode {
  actors: Array<{ role: string; actor: { id: string; name: string } }>;
  sources: ApiSource[];
}

export interface ApiActor extends ApiNode {
  roles: ApiRole[];
  members: ApiRole[];
  mentionedIn: ApiArticle[];
}

export interface ApiGraph {
  nodes: ApiNode[];
  relationships: ApiRelationship[];
}

/** An error the API answered with, carrying its `extensions.code` (e.g. UNAUTHENTICATED). */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

export interface ExplorerApi {
  search(query: string): Promise<ApiNode[]>;
  neighbourhood(id: string, hops: number, limit: number): Promise<ApiGraph & { truncated: boolean }>;
  /** Null when no path of at most maxHops relationships connects the two. */
  path(from: string, to: string, maxHops: number): Promise<(ApiGraph & { length: number }) | null>;
  event(id: string): Promise<ApiEvent | null>;
  actor(id: string): Promise<ApiActor | null>;
}

/**
 * The API at `endpoint`; `authorization` gives the bearer key when the server wants one for reads
 * (API_READS=key), read at each request so a key typed in later is used at once.
 */
export function createExplorerApi(endpoint: string, authorization: () => string | undefined): ExplorerApi {
  async function request<T>(query: string, variables: Record<string, unknown>): Promise<T> {
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
    };
    const key = authorization();
    if (key) headers.authorization = `Bearer ${key}`;
    const response = await fetch(endpoint, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    let body: GraphQLResponse<T>;
    try {
      body = (await response.json()) as GraphQLResponse<T>;
    } catch {
      throw new ApiError(`The API answered HTTP ${response.status} ${response.statusText}, not GraphQL.`, undefined);
    }
    const [error] = body.errors ?? [];
    if (error) throw new ApiError(error.message, error.extensions?.code);
    if (!body.data) throw new ApiError(`The API answered HTTP ${response.status} without data.`, undefined);
    return body.data;
  }

  return {
    search: async (query) =>
      (await request<{ search: Array<{ actor: ApiNode }> }>(DOCUMENTS.search, { query })).search.map(
        (hit) => hit.actor,
      ),
    neighbourhood: async (id, hops, limit) => {
      const data = await request<{ neighbourhood: ApiGraph & { truncated: boolean } }>(DOCUMENTS.neighbourhood, {
        id,
        hops,
        limit,
      });
      return data.neighbourhood;
    },
    path: async (from, to, maxHops) => {
      const data = await request<{
        path: { length: number; nodes: ApiNode[]; steps: ApiRelationship[] } | null;
      }>(DOCUMENTS.path, { from, to, maxHops });
      if (!data.path) return null;
      return { length: data.path.length, nodes: data.path.nodes, relationships: data.path.steps };
    },
    event: async (id) => (await request<{ event: ApiEvent | null }>(DOCUMENTS.event, { id })).event,
    actor: async (id) => (await request<{ node: ApiActor | null }>(DOCUMENTS.actor, { id })).node,
  };
}
