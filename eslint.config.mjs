import nx from "@nx/eslint-plugin";

// Tags in two dimensions (STYLE.md §1): scope:api|web|shared × type:app|feature|data-access|ui|util.
const only = (sourceTag, ...tags) => ({ sourceTag, onlyDependOnLibsWithTags: tags });

export default [
    ...nx.configs["flat/base"],
    ...nx.configs["flat/typescript"],
    ...nx.configs["flat/javascript"],
    {
      "ignores": [
        "**/dist",
        "**/out-tsc",
        "**/vite.config.*.timestamp*",
        "**/vitest.config.*.timestamp*"
      ]
    },
    {
        files: [
            "**/*.ts",
            "**/*.tsx",
            "**/*.js",
            "**/*.jsx"
        ],
        rules: {
            "@nx/enforce-module-boundaries": [
                "error",
                {
                    enforceBuildableLibDependency: true,
                    allow: [
                        "^.*/eslint(\\.base)?\\.config\\.[cm]?[jt]s$"
                    ],
                    depConstraints: [
                        only('scope:web', 'scope:web', 'scope:shared'),
                        only('scope:api', 'scope:api', 'scope:shared'),
                        only('scope:shared', 'scope:shared'),
                        only('type:app', 'type:feature', 'type:data-access', 'type:ui', 'type:util'),
                        only('type:feature', 'type:feature', 'type:data-access', 'type:ui', 'type:util'),
                        only('type:data-access', 'type:data-access', 'type:util'),
                        only('type:ui', 'type:ui', 'type:util'),
                        only('type:util', 'type:util'),
                    ]
                }
            ]
        }
    },
    {
        // A domain reaches another only through its index.ts: the module, narrow services, models,
        // events and error codes (STYLE §1). Entities, column lists and SQL helpers stay inside.
        files: ["libs/api/**/*.ts", "apps/api/**/*.ts", "tools/**/*.ts"],
        rules: {
            "no-restricted-imports": ["error", {
                patterns: [
                    { group: ["@pillars/*/*/*/**", "@pillars/api/*/src/**"], message: "Import a lib through its public index (@pillars/api/<lib>), never its files." },
                    { group: ["**/libs/api/**", "../../*/src/**", "../../../*/src/**"], message: "Import another lib through its alias and public index, never by path." },
                ],
            }],
        },
    },
    {
        // Mantine hands `dir` to an input's wrapper <div>, where `auto` finds no text: user content
        // goes through @pillars/web/ui's UserTextInput / UserTextarea, which set it on the field.
        files: ["libs/web/**/*.tsx", "apps/web/**/*.tsx"],
        rules: {
            "no-restricted-syntax": ["error", {
                selector: "JSXOpeningElement[name.name=/^(TextInput|Textarea|Autocomplete|PasswordInput)$/] > JSXAttribute[name.name='dir'][value.value='auto']",
                message: "dir=\"auto\" on a Mantine input lands on its wrapper: use UserTextInput / UserTextarea from @pillars/web/ui.",
            }],
        },
    },
    {
        files: [
            "**/*.ts",
            "**/*.tsx",
            "**/*.cts",
            "**/*.mts",
            "**/*.js",
            "**/*.jsx",
            "**/*.cjs",
            "**/*.mjs"
        ],
        // Override or add rules here
        rules: {}
    }
];
