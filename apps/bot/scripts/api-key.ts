// `pnpm api-key <partyId> [label]`: issues an API key for a party's system (e.g. a landlord's
// housing system posting signals). The secret is printed once; the store keeps only its hash.
import { openStore, seedDemoData } from "@convenantbot/store";
import { loadConfig } from "../src/config.js";

const [partyId, label = "api"] = process.argv.slice(2);
if (!partyId) {
  console.error("gebruik / usage: pnpm api-key <partyId> [label]   (bijv. lv-vidomes)");
  process.exit(2);
}
const config = loadConfig();
const store = await openStore(config.DATABASE_URL ? { databaseUrl: config.DATABASE_URL } : { dataDir: config.DATA_DIR });
try {
  if (config.demoData) await seedDemoData(store);
  if (!(await store.parties.get(partyId))) {
    console.error(`fout: onbekende partij '${partyId}'\nerror: unknown party '${partyId}'`);
    process.exitCode = 2;
  } else {
    const issued = await store.apiCredentials.issue({ partyId, label }, { actor: "system:api-key-script" });
    console.log(issued.token);
  }
} finally {
  await store.close();
}
