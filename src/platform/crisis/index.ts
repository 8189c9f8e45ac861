export { assessCrisis } from "./assess-crisis";
export { crisisCategories, type CrisisAssessment, type CrisisCategory } from "./crisis-types";
