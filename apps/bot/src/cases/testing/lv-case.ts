// Test support: an eligible LV convenantwoning intake (seed 004) and its candidate, as the
// demo begeleider of RIBW Fonteynenburg enters them.
export const lvEligible = {
  residentOf: "Leidschendam-Voorburg",
  yearsResident: 7,
  yearsResidentInLast10: 7,
  minorChildren: 0,
  receivesSupport: true,
  canFindHousingAlone: false,
  wlzFinanced: false,
  transgressiveBehaviour: false,
  validId: true,
  registeredWoonnet: true,
  hasSuitableHousing: false,
  needsIntramuralCare: false,
  canLiveIndependently: true,
  financiallySelfReliant: true,
  incomeCoversRent: true,
  hasProblemDebts: false,
  agreedSupportPlan: true,
  budgetManagement: true,
  evictedLast3Years: false,
  tbsMeasure: false,
  targetLandlord: "Vidomes",
};

export const lvCandidate = {
  name: "Jan de Vries",
  dateOfBirth: "1988-04-12",
  contactVia: "begeleider",
  instelling: "Kliniek De Horst, beschermd wonen",
  intramuralCareEndsOn: "2027-02-01",
};
