import { crisisBench } from "./crisis.bench";
import { foundationBench } from "./foundation.bench";
import { questionnairesBench } from "./questionnaires.bench";
import type { Bench } from "./harness";
import { chatBench } from "./chat.bench";
import { libraryBench } from "./library.bench";
import { pageQualityBench } from "./page-quality.bench";
import { chatbotBench } from "./chatbot.bench";
import { questionsBench } from "./questions.bench";
import { programsBench } from "./programs.bench";

/** Every benchmark; a feature adds its own here, one line each. */
export const benches: Bench[] = [
  foundationBench,
  crisisBench,
  questionnairesBench,
  chatbotBench,
  libraryBench,
  pageQualityBench,
  questionsBench,
  programsBench,
  chatBench,
];
