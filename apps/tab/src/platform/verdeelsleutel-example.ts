/**
 * The domain's illustrative Midden-Holland example (packages/domain/src/verdeelsleutel/examples/
 * midden-holland-2019-illustratief.json), to prefill the calculator. Not CBS data and not an
 * agreed regional total; the test keeps this copy equal to the domain's file.
 */
export const verdeelsleutelExample = {
  note: "Illustratieve cijfers, geen CBS-gegevens en geen afgesproken regionaal totaal (illustrative figures, not CBS data)",
  total: 60,
  year: 2019,
  gemeenten: [
    { name: "Bodegraven-Reeuwijk", households: 14500, homesBelowHighCap: 3900, homesBelowLowCap: 3000 },
    { name: "Gouda", households: 34500, homesBelowHighCap: 12800, homesBelowLowCap: 9700 },
    { name: "Krimpenerwaard", households: 23000, homesBelowHighCap: 6400, homesBelowLowCap: 4900 },
    { name: "Waddinxveen", households: 11300, homesBelowHighCap: 3100, homesBelowLowCap: 2300 },
    { name: "Zuidplas", households: 18200, homesBelowHighCap: 3600, homesBelowLowCap: 2700 },
  ],
};
