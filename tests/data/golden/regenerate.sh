#!/usr/bin/env bash
# Regenerates the golden files in this folder (plan-en.md, plan-ja.md): the Markdown that
# tst_planexporter expects from PlanExporter::markdown() for its fixed test workspace.
#
# Run it after an intended change to the plan export, its translations or the shipped content
# (resources/content/*.json), then review `git diff tests/data/golden` before committing:
#
#   tests/data/golden/regenerate.sh
#
# It builds tst_planexporter (dev preset) and runs its golden test with CSIRTKIT_REGENERATE_GOLDEN=1,
# which makes the test write the files instead of comparing with them.
set -euo pipefail
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd -P)
"$REPO/tools/dev" shell bash -c "cd '$REPO' && cmake --preset dev >/dev/null && cmake --build build/dev --target tst_planexporter \
    && CSIRTKIT_REGENERATE_GOLDEN=1 QT_QPA_PLATFORM=offscreen build/dev/tests/tst_planexporter markdownMatchesGolden"
