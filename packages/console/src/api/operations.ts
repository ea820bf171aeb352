// Who may call each API operation, generated from the platform's OpenAPI document by `pnpm api:types`. Do not edit: change
// the services' manifests and run it again.

/** The roles that may call each operation (`x-roles`); null means every signed-in role. */
export const operationRoles = {
  "registerPerson": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "listPersons": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "searchPersons": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "exportPersons": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "getPerson": null,
  "updatePerson": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "movePerson": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "movePersonOut": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "recordPersonDeath": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "correctPersonCitizenId": [
    "district-admin",
    "subdistrict-staff"
  ],
  "listPersonAudit": [
    "district-admin"
  ],
  "listDeathLedger": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "createHousehold": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "listHouseholds": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "getHousehold": null,
  "updateHousehold": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "getPersonHousehold": null,
  "addHouseholdMember": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "removeHouseholdMember": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "changeHouseholdHead": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "listGroupCatalogue": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "setGroupMembership": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "leaveGroup": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "listPersonGroups": null,
  "listGroupMembers": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "exportGroupMembers": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "countGroupMembers": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "getArea": null,
  "defineGrid": [
    "district-admin",
    "subdistrict-staff",
    "community-worker"
  ],
  "listGrids": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "updateGrid": [
    "district-admin",
    "subdistrict-staff",
    "community-worker"
  ],
  "createBuilding": [
    "district-admin",
    "subdistrict-staff",
    "community-worker"
  ],
  "listBuildings": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "updateBuilding": [
    "district-admin",
    "subdistrict-staff",
    "community-worker"
  ],
  "createFacility": [
    "district-admin",
    "subdistrict-staff",
    "community-worker"
  ],
  "listFacilities": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "updateFacility": [
    "district-admin",
    "subdistrict-staff",
    "community-worker"
  ],
  "setOfficeHours": [
    "district-admin",
    "subdistrict-staff",
    "community-worker"
  ],
  "getOfficeHours": null,
  "registerUnit": [
    "district-admin",
    "subdistrict-staff",
    "community-worker"
  ],
  "listUnits": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker",
    "unit"
  ],
  "getUnit": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker",
    "unit"
  ],
  "updateUnit": [
    "district-admin",
    "subdistrict-staff",
    "community-worker"
  ],
  "signAgreement": [
    "district-admin",
    "subdistrict-staff",
    "community-worker"
  ],
  "listAgreements": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker",
    "unit"
  ],
  "applyToMutualAid": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "unit"
  ],
  "listMutualAidApplications": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "decideMutualAidApplication": [
    "district-admin",
    "subdistrict-staff",
    "community-worker"
  ],
  "listMutualAidMembers": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker",
    "unit"
  ],
  "postMutualAidOffer": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "unit"
  ],
  "listMutualAidOffers": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker",
    "unit"
  ],
  "grantMutualAidAward": [
    "district-admin",
    "subdistrict-staff",
    "community-worker"
  ],
  "listMutualAidAwards": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker",
    "unit"
  ],
  "setLegalAdvisor": [
    "district-admin",
    "subdistrict-staff",
    "community-worker"
  ],
  "getLegalAdvisor": null,
  "recordMutualAidActivity": [
    "district-admin",
    "subdistrict-staff",
    "community-worker"
  ],
  "listMutualAidActivities": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker",
    "unit"
  ],
  "getMutualAidYear": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker",
    "unit"
  ],
  "listLegalAdvisors": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "recordVisit": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "listVisits": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "setVisitPlan": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "listDueVisits": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "listMyDueVisits": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "applyForCertificate": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "listPersonCertificates": null,
  "getCertificate": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "issueCertificate": [
    "district-admin",
    "subdistrict-staff",
    "community-worker"
  ],
  "revokeCertificate": [
    "district-admin",
    "subdistrict-staff",
    "community-worker"
  ],
  "listCertificates": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "handOverArchiveBatch": [
    "district-admin",
    "subdistrict-staff",
    "community-worker"
  ],
  "listArchiveBatches": [
    "district-admin",
    "subdistrict-staff",
    "community-worker"
  ],
  "downloadImportTemplate": [
    "district-admin",
    "subdistrict-staff",
    "community-worker"
  ],
  "createImportUpload": [
    "district-admin",
    "subdistrict-staff",
    "community-worker"
  ],
  "startImport": [
    "district-admin",
    "subdistrict-staff",
    "community-worker"
  ],
  "listImports": [
    "district-admin",
    "subdistrict-staff",
    "community-worker"
  ],
  "getImport": [
    "district-admin",
    "subdistrict-staff",
    "community-worker"
  ],
  "listImportErrors": [
    "district-admin",
    "subdistrict-staff",
    "community-worker"
  ],
  "downloadImportErrors": [
    "district-admin",
    "subdistrict-staff",
    "community-worker"
  ],
  "cancelImport": [
    "district-admin",
    "subdistrict-staff",
    "community-worker"
  ],
  "resumeImport": [
    "district-admin",
    "subdistrict-staff",
    "community-worker"
  ],
  "listProgrammes": null,
  "checkEligibility": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker",
    "resident"
  ],
  "setProgrammeSettings": [
    "district-admin"
  ],
  "submitApplication": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker",
    "resident"
  ],
  "listApplications": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker",
    "resident"
  ],
  "getApplication": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker",
    "resident"
  ],
  "actOnApplication": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker",
    "resident"
  ],
  "listDueReviews": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "getNoticeBoard": null,
  "printNoticeBoard": null,
  "setBudget": [
    "district-admin"
  ],
  "listBudgets": [
    "district-admin",
    "subdistrict-staff"
  ],
  "getLedger": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "listPayments": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "exportBankFile": [
    "district-admin",
    "subdistrict-staff"
  ],
  "listPaymentRuns": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "previewPayments": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "createDrive": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "listDrives": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "getDrive": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "recordDonation": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "listDonations": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "closeDrive": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "getEmploymentStandards": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker",
    "unit"
  ],
  "checkEmploymentStandards": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker",
    "unit"
  ],
  "applyForEmploymentBase": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker",
    "unit"
  ],
  "listEmploymentBases": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "getEmploymentBase": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker",
    "unit"
  ],
  "inspectEmploymentBase": [
    "district-admin",
    "subdistrict-staff"
  ],
  "payEmploymentBaseFunds": [
    "district-admin"
  ],
  "withdrawEmploymentBasePlaque": [
    "district-admin",
    "subdistrict-staff"
  ],
  "fileEmploymentBaseStatistics": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker",
    "unit"
  ],
  "fileEmploymentTrainingPlan": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker",
    "unit"
  ],
  "listEmploymentTrainingPlans": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker",
    "unit"
  ],
  "postJobOpening": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker",
    "unit"
  ],
  "listJobOpenings": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker",
    "unit",
    "resident"
  ],
  "getJobOpening": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker",
    "unit",
    "resident"
  ],
  "registerJobPlacement": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "listJobPlacements": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "createTeam": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "listTeams": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "getTeam": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "updateTeam": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "addTeamMember": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "removeTeamMember": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "createPartyPost": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "listPartyPosts": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "updatePartyPost": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "registerVolunteer": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker",
    "resident",
    "volunteer"
  ],
  "listVolunteers": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "getMyVolunteer": [
    "resident",
    "volunteer"
  ],
  "getVolunteer": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker",
    "resident",
    "volunteer"
  ],
  "updateVolunteerProfile": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker",
    "resident",
    "volunteer"
  ],
  "decideVolunteer": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "createActivity": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "listActivities": null,
  "getActivity": null,
  "listActivitySignUps": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "signUpForActivity": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker",
    "volunteer",
    "resident"
  ],
  "cancelActivitySignUp": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker",
    "volunteer",
    "resident"
  ],
  "checkInToActivity": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "checkOutOfActivity": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "createActivityPhotoUpload": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "recordActivity": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "listPersonSignUps": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker",
    "volunteer",
    "resident"
  ],
  "setUnitCommitment": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "getUnitCommitmentReport": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker",
    "unit"
  ],
  "getCulturalEventReport": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "logHours": [
    "resident",
    "volunteer"
  ],
  "listVolunteerHours": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker",
    "resident",
    "volunteer"
  ],
  "reviewHours": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker",
    "resident",
    "volunteer"
  ],
  "printHoursCertificate": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker",
    "resident",
    "volunteer"
  ],
  "getTeamHours": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker",
    "resident",
    "volunteer"
  ],
  "getCommunityHours": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "createPairing": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "listPairings": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "getPairing": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker",
    "resident",
    "volunteer"
  ],
  "logPairingVisit": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker",
    "resident",
    "volunteer"
  ],
  "endPairing": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "postMicroWish": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "listMicroWishes": null,
  "getMicroWish": null,
  "claimMicroWish": [
    "volunteer",
    "resident",
    "unit"
  ],
  "createMicroWishPhotoUpload": null,
  "getMicroWishPhoto": null,
  "fulfilMicroWish": null,
  "cancelMicroWish": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "createSharedItemPhotoUpload": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "recordSharedItem": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "listSharedItems": null,
  "getSharedItem": null,
  "getSharedItemPhoto": null,
  "withdrawSharedItem": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "holdSharedItem": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker",
    "resident"
  ],
  "cancelSharedItemHold": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker",
    "resident"
  ],
  "borrowSharedItem": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker",
    "resident"
  ],
  "renewSharedLoan": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker",
    "resident"
  ],
  "returnSharedLoan": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "listSharedLoans": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker",
    "resident"
  ],
  "defineGardenPlot": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "listGardenPlots": null,
  "claimGardenPlot": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker",
    "resident"
  ],
  "releaseGardenPlot": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker",
    "resident"
  ],
  "fileCase": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker",
    "resident"
  ],
  "listCases": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "listMyCases": [
    "resident"
  ],
  "listCaseCategories": null,
  "setCaseCategoryDeadline": [
    "district-admin"
  ],
  "listCaseTopics": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "getCaseCompliance": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "getCase": null,
  "runCaseCommand": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker",
    "resident"
  ],
  "getRepresentatives": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "setRepresentatives": [
    "district-admin",
    "subdistrict-staff",
    "community-worker"
  ],
  "getCivicCalendar": null,
  "recordCivicDay": [
    "district-admin",
    "subdistrict-staff",
    "community-worker"
  ],
  "setServiceWeek": [
    "district-admin",
    "subdistrict-staff",
    "community-worker"
  ],
  "createEvaluation": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "listEvaluations": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "getEvaluation": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "issueEvaluationCards": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "listEvaluationCards": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "getEvaluationResults": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "closeEvaluation": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "getEvaluationCard": null,
  "answerEvaluationCard": null,
  "createQuestionnaire": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "listQuestionnaires": null,
  "getQuestionnaire": null,
  "openQuestionnaire": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "closeQuestionnaire": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "respondToQuestionnaire": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker",
    "resident"
  ],
  "getQuestionnaireTally": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "listInbox": null,
  "markMessageRead": null,
  "getMessageStatus": null,
  "listSentMessages": [
    "district-admin"
  ],
  "getPreferences": null,
  "setPreferences": null,
  "listTemplates": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "getTemplate": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "saveTemplate": [
    "district-admin"
  ],
  "getTemplateVersion": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "previewTemplate": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "createBroadcast": [
    "district-admin",
    "subdistrict-staff",
    "community-worker"
  ],
  "listBroadcasts": [
    "district-admin",
    "subdistrict-staff",
    "community-worker"
  ],
  "getBroadcast": [
    "district-admin",
    "subdistrict-staff",
    "community-worker"
  ],
  "cancelBroadcast": [
    "district-admin",
    "subdistrict-staff",
    "community-worker"
  ],
  "getSegmentSize": [
    "district-admin",
    "subdistrict-staff",
    "community-worker"
  ],
  "postNotice": [
    "district-admin",
    "subdistrict-staff",
    "community-worker"
  ],
  "takeDownNotice": [
    "district-admin",
    "subdistrict-staff",
    "community-worker"
  ],
  "getBoard": null,
  "printBoardNotice": null,
  "getPopulation": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "getGroupStatistics": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "getDisabledStatistics": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "getAgeStructure": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "getBenefitStatistics": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "getSpecialFigures": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "getReport": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "compileReport": [
    "district-admin",
    "subdistrict-staff"
  ],
  "compareReports": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "exportReport": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ],
  "listReconciliations": [
    "district-admin",
    "subdistrict-staff",
    "community-worker",
    "grid-worker"
  ]
} as const satisfies Record<string, readonly string[] | null>;

export type OperationId = keyof typeof operationRoles;

/** Roles that may ask for full citizen ID and phone numbers (each reveal is audited). */
export const revealingRoles = ["district-admin","subdistrict-staff","community-worker"] as const;
