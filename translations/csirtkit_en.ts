<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
</TS>
