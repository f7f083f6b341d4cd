// Runs once, when the MongoDB volume is first initialised (docker-entrypoint-initdb.d), as the root user from
// MONGO_INITDB_ROOT_USERNAME / MONGO_INITDB_ROOT_PASSWORD: creates the application's own user, which may read and
// write the symetrie database and nothing else.
db.getSiblingDB(process.env.MONGO_APP_DATABASE || 'symetrie').createUser({
  user: process.env.MONGO_APP_USER || 'symetrie',
  pwd: process.env.MONGO_APP_PASSWORD,
  roles: [{ role: 'readWrite', db: process.env.MONGO_APP_DATABASE || 'symetrie' }],
});
