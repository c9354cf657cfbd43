import { inject } from 'vitest';

// Route handlers and repositories read NEO4J_URI when they first need the driver.
process.env.NEO4J_URI = inject('neo4jUri');
delete process.env.NEO4J_USERNAME;
delete process.env.NEO4J_PASSWORD;
delete process.env.NEO4J_DATABASE;
