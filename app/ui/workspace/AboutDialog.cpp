#include "workspace/AboutDialog.h"

#include "common/Version.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace csirtkit {

namespace {

struct Reference
{
    const char *title;
    const char *url;
};

constexpr Reference References[] = {
    { QT_TRANSLATE_NOOP("csirtkit::AboutDialog", "JPCERT/CC CSIRT material (concept, build and operation phases)"),
      "https://www.jpcert.or.jp/csirt_material/" },
    { QT_TRANSLATE_NOOP("csirtkit::AboutDialog", "Nippon CSIRT Association (NCA)"), "https://www.nca.gr.jp/" },
    { QT_TRANSLATE_NOOP("csirtkit::AboutDialog", "FIRST CSIRT Services Framework v2.1"),
      "https://www.first.org/standards/frameworks/csirts/csirt_services_framework_v2.1" },
    { QT_TRANSLATE_NOOP("csirtkit::AboutDialog", "FIRST Traffic Light Protocol (TLP) 2.0"), "https://www.first.org/tlp/" },
    { QT_TRANSLATE_NOOP("csirtkit::AboutDialog", "RFC 2350: Expectations for Computer Security Incident Response"),
      "https://www.rfc-editor.org/rfc/rfc2350" },
    { QT_TRANSLATE_NOOP("csirtkit::AboutDialog", "RFC 9116: security.txt"), "https://www.rfc-editor.org/rfc/rfc9116" },
    { QT_TRANSLATE_NOOP("csirtkit::AboutDialog", "SIM3 maturity model (Open CSIRT Foundation)"),
      "https://opencsirt.org/" },
    { QT_TRANSLATE_NOOP("csirtkit::AboutDialog", "NIST SP 800-61r3: Incident Response Recommendations and Considerations for Cybersecurity Risk Management"),
      "https://csrc.nist.gov/pubs/sp/800/61/r3/final" },
};

} // namespace

QString AboutDialog::html()
{
    QString text = QStringLiteral("<h2>CSIRT Kit %1</h2><p>%2</p><p>%3</p><h3>%4</h3><ul>")
                       .arg(QStringLiteral(CSIRTKIT_VERSION),
                            tr("Plan, build and run your organisation's CSIRT, and keep its incident log "
                               "offline in one workspace file.")
                                .toHtmlEscaped(),
                            tr("Licensed under the Apache License, Version 2.0.").toHtmlEscaped(),
                            tr("References").toHtmlEscaped());
    for (const Reference &ref : References)
        text += QStringLiteral("<li><a href=\"%1\">%2</a></li>")
                    .arg(QLatin1StringView(ref.url), tr(ref.title).toHtmlEscaped());
    text += QStringLiteral("</ul><p>%1</p>")
                .arg(tr("The guidance in CSIRT Kit is written in its own words; the organisations above are "
                        "not responsible for it.")
                         .toHtmlEscaped());
    return text;
}

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("About CSIRT Kit"));
    auto *browser = new QTextBrowser(this);
    browser->setObjectName(QStringLiteral("aboutTextBrowser"));
    browser->setOpenExternalLinks(true);
    browser->setHtml(html());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(browser);
    layout->addWidget(buttons);
    resize(560, 480);
}

} // namespace csirtkit
