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
    <name>csirtkit::OverviewPage</name>
    <message numerus="yes">
        <source>%n overdue item(s)</source>
        <translation>
            <numerusform>%n overdue item</numerusform>
            <numerusform>%n overdue items</numerusform>
        </translation>
    </message>
</context>
</TS>
