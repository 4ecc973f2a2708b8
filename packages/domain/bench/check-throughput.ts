// Pure eligibility checks per second on one core (issue 18 target >= 100,000/s for the slowest
// rulebook). Prints figures only. Counted per second of this thread's CPU time (process.cpuUsage),
// so a shared, busy machine does not halve the figure; best of three rounds; wall-clock checks/s
// are printed beside it.
import { check, listRulebooks } from "@convenantbot/domain";

const durationMs = Number(process.env.BENCH_MS ?? 3000);
const results: Record<string, number> = {};
const wall: Record<string, number> = {};
for (const rulebook of listRulebooks()) {
  // A realistic request: every fact answered with its first allowed value, parsed each time.
  const facts: Record<string, unknown> = {};
  for (const fact of rulebook.facts) {
    if (fact.answer === "boolean") facts[fact.name] = false;
    else if (fact.answer === "integer" || fact.answer === "number") facts[fact.name] = fact.min ?? 1;
    else if (fact.answer === "choice") facts[fact.name] = fact.choices?.[0]?.value;
    else if (fact.answer === "multi-choice") facts[fact.name] = [fact.choices?.[0]?.value];
    else if (fact.answer === "text") facts[fact.name] = rulebook.region;
  }
  const request = { rulebook: rulebook.id, asOf: rulebook.validity.from, facts };
  for (let i = 0; i < 5000; i++) check(request); // warm up the JIT
  // Best of three rounds (as timeit does): other processes only ever slow a round down.
  let best = 0;
  let bestWall = 0;
  for (let round = 0; round < 3; round++) {
    let count = 0;
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    let cpuMs = 0;
    while (cpuMs < durationMs / 3 && performance.now() - start < durationMs * 20) {
      for (let i = 0; i < 500; i++) check(request);
      count += 500;
      const used = process.cpuUsage(cpuStart);
      cpuMs = (used.user + used.system) / 1000;
    }
    best = Math.max(best, (count / cpuMs) * 1000);
    bestWall = Math.max(bestWall, (count / (performance.now() - start)) * 1000);
  }
  const key = `${rulebook.id}@${rulebook.version}`;
  results[key] = Math.round(best);
  wall[key] = Math.round(bestWall);
}
console.log(
  JSON.stringify({ bench: "pure-checks-per-second", target: 100000, per: "cpu-second", results, wall }, null, 2),
);
