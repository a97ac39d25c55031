<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CliCommands</name>
    <message numerus="yes">
        <source>%n anchor(s) match.</source>
        <translation>
            <numerusform>%n anchor matches.</numerusform>
            <numerusform>%n anchors match.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvImporter</name>
    <message numerus="yes">
        <source>%n more problem(s) were found.</source>
        <translation>
            <numerusform>%n more problem was found.</numerusform>
            <numerusform>%n more problems were found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExchangeCliCommands</name>
    <message numerus="yes">
        <source>Exported %n incident(s) to %1.</source>
        <translation>
            <numerusform>Exported %n incident to %1.</numerusform>
            <numerusform>Exported %n incidents to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) above the TLP ceiling were left out (--verbose names them).</source>
        <translation>
            <numerusform>%n item above the TLP ceiling was left out (--verbose names it).</numerusform>
            <numerusform>%n items above the TLP ceiling were left out (--verbose names them).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message numerus="yes">
        <source>%n record(s) read</source>
        <translation>
            <numerusform>%n record read</numerusform>
            <numerusform>%n records read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new incident(s)</source>
        <translation>
            <numerusform>%n new incident</numerusform>
            <numerusform>%n new incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already imported (skipped)</source>
        <translation>
            <numerusform>%n already imported (skipped)</numerusform>
            <numerusform>%n already imported (skipped)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntegrityLedger</name>
    <message numerus="yes">
        <source>The newest %n integrity ledger entries were deleted outside CSIRT Kit.</source>
        <translation>
            <numerusform>The newest %n integrity ledger entry was deleted outside CSIRT Kit.</numerusform>
            <numerusform>The newest %n integrity ledger entries were deleted outside CSIRT Kit.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntegrityReport</name>
    <message numerus="yes">
        <source>All %n incident(s), their journals and the workspace&apos;s rules are as CSIRT Kit recorded them.</source>
        <translation>
            <numerusform>The %n incident, its journal and the workspace&apos;s rules are as CSIRT Kit recorded them.</numerusform>
            <numerusform>All %n incidents, their journals and the workspace&apos;s rules are as CSIRT Kit recorded them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonExchange</name>
    <message numerus="yes">
        <source>%1: %n communication(s) above the %2 ceiling left out.</source>
        <translation>
            <numerusform>%1: %n communication above the %2 ceiling left out.</numerusform>
            <numerusform>%1: %n communications above the %2 ceiling left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more problem(s) not listed.</source>
        <translation>
            <numerusform>%n more problem not listed.</numerusform>
            <numerusform>%n more problems not listed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MispExchange</name>
    <message numerus="yes">
        <source>Imported from MISP event %1 with %n observable(s).</source>
        <translation>
            <numerusform>Imported from MISP event %1 with %n observable.</numerusform>
            <numerusform>Imported from MISP event %1 with %n observables.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotificationRules</name>
    <message numerus="yes">
        <source>Rule “%1” applies to %n incident(s); remove it from them first.</source>
        <translation>
            <numerusform>Rule “%1” applies to %n incident; remove it from it first.</numerusform>
            <numerusform>Rule “%1” applies to %n incidents; remove it from them first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleRepository</name>
    <message numerus="yes">
        <source>%1 holds or deputises for %n role(s).</source>
        <translation>
            <numerusform>%1 holds or deputises for %n role.</numerusform>
            <numerusform>%1 holds or deputises for %n roles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is on %n rota duty(s).</source>
        <translation>
            <numerusform>%1 is on %n rota duty.</numerusform>
            <numerusform>%1 is on %n rota duties.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 owns %n incident(s).</source>
        <translation>
            <numerusform>%1 owns %n incident.</numerusform>
            <numerusform>%1 owns %n incidents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 owns %n incident task(s).</source>
        <translation>
            <numerusform>%1 owns %n incident task.</numerusform>
            <numerusform>%1 owns %n incident tasks.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonValidator</name>
    <message numerus="yes">
        <source>An OpenPGP fingerprint has exactly 40 hexadecimal digits (0–9, A–F); this one has %n.</source>
        <translation>
            <numerusform>An OpenPGP fingerprint has exactly 40 hexadecimal digits (0–9, A–F); this one has %n.</numerusform>
            <numerusform>An OpenPGP fingerprint has exactly 40 hexadecimal digits (0–9, A–F); this one has %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanSnapshot</name>
    <message numerus="yes">
        <source>%1 of %2 items done (%3 %). %n item(s) overdue.</source>
        <translation>
            <numerusform>%1 of %2 items done (%3 %). %n item overdue.</numerusform>
            <numerusform>%1 of %2 items done (%3 %). %n items overdue.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResolveCheck</name>
    <message numerus="yes">
        <source>%n of %1 task(s) not done.</source>
        <translation>
            <numerusform>%n of %1 task not done.</numerusform>
            <numerusform>%n of %1 tasks not done.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notification(s) not sent: %1.</source>
        <translation>
            <numerusform>%n notification not sent: %1.</numerusform>
            <numerusform>%n notifications not sent: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffingCalculator</name>
    <message numerus="yes">
        <source>%1 FTE × %n seat(s) = %2 FTE</source>
        <translation>
            <numerusform>%1 FTE × %n seat = %2 FTE</numerusform>
            <numerusform>%1 FTE × %n seats = %2 FTE</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamCliCommands</name>
    <message numerus="yes">
        <source>Wrote %n on-call duty(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n on-call duty to %1.</numerusform>
            <numerusform>Wrote %n on-call duties to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n period(s) had no saved rota and were planned for this file only; save the rota in CSIRT Kit to keep them.</source>
        <translation>
            <numerusform>%n period had no saved rota and was planned for this file only; save the rota in CSIRT Kit to keep it.</numerusform>
            <numerusform>%n periods had no saved rota and were planned for this file only; save the rota in CSIRT Kit to keep them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamSummary</name>
    <message numerus="yes">
        <source>Nobody is in the team yet; %n gap(s).</source>
        <translation>
            <numerusform>Nobody is in the team yet; %n gap.</numerusform>
            <numerusform>Nobody is in the team yet; %n gaps.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people, </source>
        <translation>
            <numerusform>%n person, </numerusform>
            <numerusform>%n people, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open gap(s).</source>
        <translation>
            <numerusform>%n open gap.</numerusform>
            <numerusform>%n open gaps.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csirtkit::CoverageTab</name>
    <message numerus="yes">
        <source>%n active people, %1 FTE agreed for CSIRT work, </source>
        <translation>
            <numerusform>%n active person, %1 FTE agreed for CSIRT work, </numerusform>
            <numerusform>%n active people, %1 FTE agreed for CSIRT work, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gap(s).</source>
        <translation>
            <numerusform>%n gap.</numerusform>
            <numerusform>%n gaps.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csirtkit::ExportIncidentsDialog</name>
    <message numerus="yes">
        <source>%n incident(s) above %1 will be left out: %2</source>
        <translation>
            <numerusform>%n incident above %1 will be left out: %2</numerusform>
            <numerusform>%n incidents above %1 will be left out: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n incident(s) to “%1”.</source>
        <translation>
            <numerusform>Exported %n incident to “%1”.</numerusform>
            <numerusform>Exported %n incidents to “%1”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csirtkit::ImportIncidentsDialog</name>
    <message numerus="yes">
        <source>%n new incident(s)</source>
        <translation>
            <numerusform>%n new incident</numerusform>
            <numerusform>%n new incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already imported</source>
        <translation>
            <numerusform>%n already imported</numerusform>
            <numerusform>%n already imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n problem(s) block the import.</source>
        <translation>
            <numerusform>%1; %n problem blocks the import.</numerusform>
            <numerusform>%1; %n problems block the import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n note(s), none blocks the import.</source>
        <translation>
            <numerusform>%1; %n note, which does not block the import.</numerusform>
            <numerusform>%1; %n notes, none blocks the import.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csirtkit::IncidentListPanel</name>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n incident</numerusform>
            <numerusform>%n incidents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csirtkit::JournalTab</name>
    <message numerus="yes">
        <source>All %n entries are intact.</source>
        <translation>
            <numerusform>The journal entry is intact.</numerusform>
            <numerusform>All %n entries are intact.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csirtkit::MetricsPage</name>
    <message numerus="yes">
        <source>%n incident(s) logged from %1 to %2 (%3).</source>
        <translation>
            <numerusform>%n incident logged from %1 to %2 (%3).</numerusform>
            <numerusform>%n incidents logged from %1 to %2 (%3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>mean %1, median %2 (%n incident(s))</source>
        <translation>
            <numerusform>mean %1, median %2 (%n incident)</numerusform>
            <numerusform>mean %1, median %2 (%n incidents)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csirtkit::ObservableSearchDialog</name>
    <message numerus="yes">
        <source>%n incident(s) have this observable. Press Enter to open the selected one.</source>
        <translation>
            <numerusform>%n incident has this observable. Press Enter to open it.</numerusform>
            <numerusform>%n incidents have this observable. Press Enter to open the selected one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csirtkit::ObservablesTab</name>
    <message numerus="yes">
        <source>Remove %n observables from this incident?</source>
        <translation>
            <numerusform>Remove %n observable from this incident?</numerusform>
            <numerusform>Remove %n observables from this incident?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csirtkit::OverviewPage</name>
    <message numerus="yes">
        <source>%n overdue item(s)</source>
        <translation>
            <numerusform>%n overdue item</numerusform>
            <numerusform>%n overdue items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Oldest open: %1 “%2”, logged %n day(s) ago</source>
        <translation>
            <numerusform>Oldest open: %1 “%2”, logged %n day ago</numerusform>
            <numerusform>Oldest open: %1 “%2”, logged %n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csirtkit::PeopleImportDialog</name>
    <message numerus="yes">
        <source>%1: %n row(s) of people.</source>
        <translation>
            <numerusform>%1: %n row of people.</numerusform>
            <numerusform>%1: %n rows of people.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No problems: %n person/people will be added.</source>
        <translation>
            <numerusform>No problems: %n person will be added.</numerusform>
            <numerusform>No problems: %n people will be added.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csirtkit::RaciTab</name>
    <message numerus="yes">
        <source>… and %n more (the rows in red; their tooltips say what is wrong).</source>
        <translation>
            <numerusform>… and %n more (the row in red; its tooltip says what is wrong).</numerusform>
            <numerusform>… and %n more (the rows in red; their tooltips say what is wrong).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csirtkit::RotaTab</name>
    <message numerus="yes">
        <source>%n period(s) of these weeks have no saved rota; Generate plans them.</source>
        <translation>
            <numerusform>%n period of these weeks has no saved rota; Generate plans it.</numerusform>
            <numerusform>%n periods of these weeks have no saved rota; Generate plans them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n on-call duty(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n on-call duty to %1.</numerusform>
            <numerusform>Wrote %n on-call duties to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csirtkit::ServiceCataloguePage</name>
    <message numerus="yes">
        <source>%n service(s) offered, %1 planned, out of %2.</source>
        <translation>
            <numerusform>%n service offered, %1 planned, out of %2.</numerusform>
            <numerusform>%n services offered, %1 planned, out of %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csirtkit::ShiftDialog</name>
    <message numerus="yes">
        <source>%n weekend day(s)</source>
        <translation>
            <numerusform>%n weekend day</numerusform>
            <numerusform>%n weekend days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n holiday(s)</source>
        <translation>
            <numerusform>%n holiday</numerusform>
            <numerusform>%n holidays</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csirtkit::TrainingTab</name>
    <message numerus="yes">
        <source>Added %n training item(s) from the skill gaps of the team.</source>
        <translation>
            <numerusform>Added %n training item from the skill gaps of the team.</numerusform>
            <numerusform>Added %n training items from the skill gaps of the team.</numerusform>
        </translation>
    </message>
</context>
</TS>
