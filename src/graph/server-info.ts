import type { Driver } from 'neo4j-driver';

export interface ServerInfo {
  name: string;
  version: string;
  edition: string;
}

/** Name, version and edition as the server itself reports them (`CALL dbms.components()`). */
export async function readServerInfo(driver: Driver): Promise<ServerInfo> {
  const { records } = await driver.executeQuery(
    'CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition',
    {},
    { database: 'system', routing: 'READ' },
  );
  const record = records[0];
  if (!record) throw new Error('dbms.components() returned no rows');
  return {
    name: String(record.get('name')),
    version: String(record.get('version')),
    edition: String(record.get('edition')),
  };
}
