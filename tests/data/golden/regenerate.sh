#!/usr/bin/env bash
# Regenerates the golden files in this folder: the Markdown that tst_planexporter (plan-*.md),
# tst_incidentreport (incident-report-*.md) and tst_periodreport (period-report-*.md) expect for their
# fixed test workspaces.
#
# Run it after an intended change to the plan export or the reports, their translations or the shipped content
# (resources/content/*.json), then review `git diff tests/data/golden` before committing:
#
#   tests/data/golden/regenerate.sh
#
# It builds the three tests (dev preset) and runs their golden tests with CSIRTKIT_REGENERATE_GOLDEN=1,
# which makes each test write its files instead of comparing with them.
set -euo pipefail
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd -P)
"$REPO/tools/dev" shell bash -c "cd '$REPO' && cmake --preset dev >/dev/null \
    && cmake --build build/dev --target tst_planexporter tst_incidentreport tst_periodreport \
    && for test in tst_planexporter tst_incidentreport tst_periodreport; do \
        CSIRTKIT_REGENERATE_GOLDEN=1 QT_QPA_PLATFORM=offscreen build/dev/tests/\$test markdownMatchesGolden || exit 1; done"
