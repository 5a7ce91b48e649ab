/**
 * The example operations the IDE opens with, one GraphiQL tab each, in this order. Kept as plain
 * data (no DOM, no React) so the browser test can import them too. The field names follow the SDL
 * in schema/*.graphql; change them here when the schema changes.
 */
export interface IdeExample {
  /** What the example shows, in words; GraphiQL titles the tab with the operation name. */
  title: string;
  query: string;
  /** JSON text for the variables editor. */
  variables?: string;
}

export const ideExamples: readonly IdeExample[] = [
  {
    title: 'Who issued warrants for whom',
    query: `# Who issued arrest warrants for whom, with sources.
# Run with ▶ or Ctrl-Enter; more examples in the tabs.
query WhoIssuedWarrantsForWhom {
  warrants(first: 20) {
    totalCount
    nodes {
      issuer {
        type
        name
      }
      subjects {
        name
      }
      status
      date {
        value
      }
      charges
      sources {
        article {
          title
          url
        }
        evidence {
          text
        }
      }
    }
  }
}
`,
  },
  {
    title: 'Search an actor',
    query: `# Full-text search over names and aliases.
query SearchAnActor($query: String!) {
  search(query: $query, first: 5) {
    score
    actor {
      type
      name
      aliases
    }
  }
}
`,
    variables: `{
  "query": "ICC"
}
`,
  },
  {
    title: 'Who met whom',
    query: `# Meetings and calls: who took part, how and where.
query WhoMetWhom {
  meetings(first: 20) {
    nodes {
      date {
        value
      }
      mode
      topic
      participants {
        name
      }
      locations {
        name
      }
      sources {
        article {
          title
        }
        evidence {
          text
        }
      }
    }
  }
}
`,
  },
  {
    title: 'Path between two actors',
    query: `# The shortest chain of events and roles between two
# actors, given by global id or graph key.
query PathBetweenTwoActors($from: ID!, $to: ID!) {
  path(from: $from, to: $to, maxHops: 4) {
    length
    steps {
      from {
        ...NodeLabel
      }
      type
      role
      to {
        ...NodeLabel
      }
    }
  }
}

fragment NodeLabel on Node {
  __typename
  ... on Actor {
    name
  }
  ... on Event {
    date {
      value
    }
  }
}
`,
    variables: `{
  "from": "person:karim-khan",
  "to": "person:benjamin-netanyahu"
}
`,
  },
  {
    title: 'Strikes by perpetrator',
    query: `# The strikes one actor carried out, with sources.
query StrikesByPerpetrator($perpetrator: ID!) {
  strikes(first: 20, where: { perpetrator: $perpetrator }) {
    totalCount
    nodes {
      date {
        value
      }
      perpetrators {
        name
      }
      targets {
        name
      }
      locations {
        name
      }
      killed {
        name
      }
      sources {
        article {
          title
        }
        evidence {
          text
        }
      }
    }
  }
}
`,
    variables: `{
  "perpetrator": "state:israel"
}
`,
  },
  {
    title: 'Executed and outstanding warrants',
    query: `# Which of a court's warrants have been executed (an arrest, surrender or transfer on it), and which are outstanding.
query ExecutedAndOutstandingWarrants($issuer: ID!) {
  executed: warrants(where: { issuer: $issuer, executed: true }) {
    nodes {
      subjects {
        name
      }
      arrests {
        kind
        date {
          value
        }
        locations {
          name
        }
        handedTo {
          name
        }
        sources {
          article {
            title
          }
          evidence {
            text
          }
        }
      }
    }
  }
  outstanding: warrants(where: { issuer: $issuer, executed: false }) {
    nodes {
      subjects {
        name
      }
      status
    }
  }
}
`,
    variables: `{
  "issuer": "court:international-criminal-court"
}
`,
  },
  {
    title: 'Arrests, surrenders and transfers',
    query: `# What happened to wanted people: arrests, surrenders, transfers to a court, releases; the warrant each executed.
query Arrests($kinds: [ArrestKind!]) {
  arrests(first: 20, where: { kind: $kinds }) {
    totalCount
    nodes {
      kind
      date {
        value
      }
      person {
        name
      }
      authority {
        name
      }
      handedTo {
        name
      }
      warrants {
        issuer {
          name
        }
      }
      sources(first: 1) {
        evidence {
          text
        }
      }
    }
  }
}
`,
    variables: `{
  "kinds": ["ARREST", "SURRENDER", "TRANSFER", "RELEASE"]
}
`,
  },
  {
    title: 'Offices held now and before',
    query: `# Who holds an office in a state now, who held one before ("former defence minister"), and since or until when.
query Offices($actor: ID!) {
  actor(id: $actor) {
    name
    current: members(current: true) {
      role
      person {
        name
      }
      since {
        value
      }
    }
    former: members(current: false) {
      role
      person {
        name
      }
      since {
        value
      }
      until {
        value
      }
      sources {
        article {
          title
          publishedAt
        }
      }
    }
  }
}
`,
    variables: `{
  "actor": "state:israel"
}
`,
  },
];
