// @ts-check
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["node_modules", "data", "public/assets", "migrations", "coverage", "bench/results", ".tmp"] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  ...tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ["*.js"] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/switch-exhaustiveness-check": "error",
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true }],
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-restricted-syntax": [
        "error",
        {
          // Raw HTML only from values named *Html/*Svg: our convention for markup sanitised or generated at load time.
          selector:
            "JSXAttribute[name.name='dangerouslySetInnerHTML'] Property[key.name='__html'] > :not(Identifier[name=/(Html|Svg|html)$/], MemberExpression[property.name=/(Html|Svg|html)$/])",
          message: "Only pass pre-sanitised HTML held in a variable named *Html or *Svg",
        },
      ],
    },
  },
  { files: ["**/*.js"], extends: [tseslint.configs.disableTypeChecked] },
);
