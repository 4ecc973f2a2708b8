// Pure eligibility checks per second on one core (issue target >= 50,000/s). Prints figures only.
import { check, listRulebooks } from "@convenantbot/domain";

const durationMs = Number(process.env.BENCH_MS ?? 3000);
const results: Record<string, number> = {};
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
  for (let i = 0; i < 2000; i++) check(request); // warm up the JIT
  let count = 0;
  const start = performance.now();
  while (performance.now() - start < durationMs) {
    for (let i = 0; i < 500; i++) check(request);
    count += 500;
  }
  results[rulebook.id] = Math.round((count / (performance.now() - start)) * 1000);
}
console.log(JSON.stringify({ bench: "pure-checks-per-second", target: 50000, results }, null, 2));
