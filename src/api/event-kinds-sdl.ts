/**
 * The event parts of the GraphQL SDL, written from the event kinds' descriptors: each kind's
 * type, its attribute enums, its `where` input, connection and edge, its query field, the actor
 * fields that list it, the `EventType`, `EventRole` and `RelationshipType` enums, and the
 * attributes of `ExtractedEvent`. `npm run codegen` writes it to schema/event-kinds.graphql (and
 * `codegen:check` fails when the committed file is stale), so a kind is never missing from the API.
 * The fields every event type shares are copied from the hand-written `Event` interface.
 */
import { ENTITY_TYPES, type EntityType } from '../contracts/extraction-document.js';
import type { EventKinds } from '../events/index.js';
import type { EventKind, RoleDescriptor } from '../events/kind.js';
import { OFFICE_RELATIONSHIP } from '../graph/event-cypher.js';
import { Kind, parse, print, type InterfaceTypeDefinitionNode } from './graphql.js';

export const EVENT_KINDS_SDL_FILE = 'event-kinds.graphql';

export function eventKindsSdl(kinds: EventKinds, eventsSdl: string): string {
  const shared = eventInterfaceFields(eventsSdl);
  const parts: string[] = [
    '# Generated from the event kinds of src/events/ by `npm run codegen`. Do not edit: change the descriptors.',
  ];
  for (const kind of kinds.list) parts.push(...kindSdl(kind, shared, kinds));
  parts.push(
    enumSdl(
      'EventType',
      'The kinds of event.',
      kinds.list.map((kind) => [kind.graphql.typeValue, kind.graphql.typeDescription]),
    ),
    enumSdl(
      'EventRole',
      'The part an actor plays in an event.',
      kinds.edges.map(({ edge, uses }) => [
        uses[0]!.role.graphql.role,
        `${uses[0]!.role.graphql.roleDescription} (\`${edge}\`).`,
      ]),
    ),
    enumSdl('RelationshipType', 'A relationship type of the graph that traversals follow.', [
      ...kinds.edges.map(({ edge, direction, uses }): [string, string] => {
        const events = or([...new Set(uses.map((use) => use.kind.type))]);
        const actors = or(actorTypesOf(uses.map((use) => use.role)));
        return [edge, direction === 'actor-to-event' ? `${actors} → ${events}.` : `${events} → ${actors}.`];
      }),
      ...kinds.links.map(({ kind, link }): [string, string] => [link.edge, `${kind.type} → ${link.to}.`]),
      [OFFICE_RELATIONSHIP, 'Person → (State, Court or Organization): an office or membership.'],
    ]),
    block(
      'extend type Query',
      kinds.list.map((kind) =>
        field(
          kind.graphql.connectionDescription,
          `${kind.graphql.connection}(${args([
            ['Page size, 1 to 100.', 'first: Int = 20'],
            ['The `endCursor` of the previous page.', 'after: String'],
            ['Filters; all must hold.', `where: ${kind.type}Where`],
            ['Sort order.', 'orderBy: EventOrder = DATE_DESC'],
          ])}): ${kind.type}Connection!`,
        ),
      ),
    ),
  );
  const actorFields = (type: EntityType | null): string[] =>
    kinds.list.flatMap((kind) =>
      kind.graphql.actorFields
        .filter((f) => (type === null ? f.on === undefined : f.on === undefined || f.on.includes(type)))
        .map((f) =>
          field(f.description, `${f.name}(${args([['How many, at most 100.', 'first: Int = 20']])}): [${kind.type}!]!`),
        ),
    );
  // An extension without fields is not SDL: a kind set without actor fields extends nothing.
  if (actorFields(null).length > 0) parts.push(block('extend interface Actor', actorFields(null)));
  for (const type of ENTITY_TYPES) {
    if (actorFields(type).length > 0) parts.push(block(`extend type ${type}`, actorFields(type)));
  }
  parts.push(
    block(
      'extend type ExtractedEvent',
      kinds.attributes.map((a) => {
        const owners = kinds.list.filter((kind) => kind.attributes.some((x) => x.field === a.field));
        const description = `${owners.map((kind) => capitalise(kind.graphql.plural)).join(', ')}: ${a.graphql.description}`;
        return field(
          description,
          `${a.graphql.field}: ${a.type === 'list' ? '[String!]!' : a.type === 'enum' ? a.graphql.enum!.name : 'String'}`,
        );
      }),
    ),
  );
  return parts.join('\n\n') + '\n';
}

function kindSdl(kind: EventKind, shared: string[], kinds: EventKinds): string[] {
  const { type, graphql } = kind;
  const inbound = kinds.links.filter(({ link }) => link.to === type);
  const fields = [
    ...shared,
    ...kind.roles.map((role) => field(role.graphql.description, `${role.graphql.field}: ${roleType(role)}`)),
    ...kind.attributes.map((a) =>
      field(
        a.graphql.description,
        `${a.graphql.field}: ${a.type === 'list' ? '[String!]!' : a.type === 'enum' ? `${a.graphql.enum!.name}!` : 'String'}`,
      ),
    ),
    ...(kind.links ?? []).map((link) => field(link.graphql.description, `${link.graphql.field}: [${link.to}!]!`)),
    ...inbound.flatMap(({ kind: from, link }) => [
      field(link.graphql.inverse.description, `${link.graphql.inverse.field}: [${from.type}!]!`),
      field(link.graphql.flag.description, `${link.graphql.flag.field}: Boolean!`),
    ]),
  ];
  const enums = kind.attributes.flatMap((a) =>
    a.graphql.enum
      ? [
          enumSdl(
            a.graphql.enum.name,
            a.graphql.enum.description,
            Object.entries(a.graphql.enum.values).map(([name, v]) => [name, v.description]),
          ),
        ]
      : [],
  );
  const filters = [
    ...kind.roles.flatMap((role) => {
      const filter = role.graphql.filter;
      return filter ? [field(filter.description, `${filter.argument}: ${filter.list ? '[ID!]' : 'ID'}`)] : [];
    }),
    ...kind.attributes.flatMap((a) => {
      const filter = a.graphql.filter;
      if (!filter) return [];
      return [
        field(filter.description, `${filter.argument}: ${a.type === 'enum' ? `[${a.graphql.enum!.name}!]` : 'String'}`),
      ];
    }),
    ...inbound.map(({ link }) => field(link.graphql.flag.filterDescription, `${link.graphql.flag.field}: Boolean`)),
    field(`Only ${graphql.plural} dated within this range.`, 'date: DateRange'),
  ];
  return [
    block(`type ${type} implements Node & Event`, fields, graphql.description),
    ...enums,
    block(`input ${type}Where`, filters, `Filters of ${singular(graphql.plural)} lists. All given filters must hold.`),
    block(
      `type ${type}Connection`,
      [
        field(`The ${graphql.plural} of this page, each with its cursor.`, `edges: [${type}Edge!]!`),
        field(`The ${graphql.plural} of this page (the edges' nodes, for convenience).`, `nodes: [${type}!]!`),
        field('Where this page stands.', 'pageInfo: PageInfo!'),
        field(
          `How many ${graphql.plural} match the filters, on every page (counted by a separate query, only when asked for).`,
          'totalCount: Int!',
        ),
      ],
      `A page of ${graphql.plural}.`,
    ),
    block(
      `type ${type}Edge`,
      [
        field('Opaque position of this item: pass it as `after` to continue after it.', 'cursor: String!'),
        field('The item.', `node: ${type}!`),
      ],
      `One item of a page of ${graphql.plural}.`,
    ),
  ];
}

/** A role's GraphQL type: its one actor type if it has one, else Actor; a list or a nullable one. */
function roleType(role: RoleDescriptor): string {
  const name = role.actorTypes?.length === 1 ? role.actorTypes[0] : 'Actor';
  return role.many ? `[${name}!]!` : (name as string);
}

/** The fields of the hand-written `Event` interface, printed with their descriptions. */
function eventInterfaceFields(eventsSdl: string): string[] {
  const event = parse(eventsSdl).definitions.find(
    (d): d is InterfaceTypeDefinitionNode => d.kind === Kind.INTERFACE_TYPE_DEFINITION && d.name.value === 'Event',
  );
  if (!event?.fields) throw new Error('schema/events.graphql declares no Event interface');
  return event.fields.map((f) => print(f));
}

function actorTypesOf(roles: readonly RoleDescriptor[]): string[] {
  const types = new Set<string>();
  for (const role of roles) {
    if (role.actorTypes === undefined) return ['Actor'];
    role.actorTypes.forEach((t) => types.add(t));
  }
  return [...types];
}

function or(names: readonly string[]): string {
  if (names.length === 1) return names[0] as string;
  return `(${names.slice(0, -1).join(', ')} or ${names[names.length - 1]})`;
}

function description(text: string): string {
  return `"""\n${text}\n"""`;
}

function field(text: string, definition: string): string {
  return `${description(text)}\n${definition}`;
}

function args(list: ReadonlyArray<[string, string]>): string {
  return list.map(([text, definition]) => field(text, definition)).join('\n');
}

function block(head: string, fields: readonly string[], text?: string): string {
  return `${text === undefined ? '' : `${description(text)}\n`}${head} {\n${fields.join('\n')}\n}`;
}

function enumSdl(name: string, text: string, values: ReadonlyArray<readonly [string, string]>): string {
  return block(
    `enum ${name}`,
    values.map(([value, meaning]) => field(meaning, value)),
    text,
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function singular(plural: string): string {
  return plural.replace(/s$/, '');
}
