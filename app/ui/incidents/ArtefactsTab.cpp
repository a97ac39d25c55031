#include "incidents/ArtefactsTab.h"

#include "common/Config.h"
#include "common/HighlightedTextViewer.h"
#include "common/SyntaxRepository.h"
#include "common/TextRules.h"
#include "common/ToolTip.h"
#include "incidents/Artefacts.h"
#include "workspace/WorkspaceSession.h"
#include "workspace/WorkspaceTimeZone.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>

#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMimeDatabase>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace csirtkit {

namespace {
constexpr int IdRole = Qt::UserRole;
constexpr int SyntaxRole = Qt::UserRole + 1;
constexpr int ContentRole = Qt::UserRole + 2;
enum Column { TitleColumn, SyntaxColumn, AddedColumn, AuthorColumn };

// The syntax's name in the UI language; "Plain text" for none.
QString syntaxLabel(const QString &name)
{
    const auto definition = SyntaxRepository::instance().definitionForName(name);
    return definition.isValid() ? definition.translatedName() : ArtefactsTab::tr("Plain text");
}

// HighlightedTextEdit keeps its last definition when asked for one that does not exist; a plain-text
// artefact after a highlighted one must not keep the old colours.
void showAsPlainText(HighlightedTextViewer *viewer)
{
    if (auto *highlighter = viewer->document()->findChild<KSyntaxHighlighting::SyntaxHighlighter *>()) {
        highlighter->setDefinition(KSyntaxHighlighting::Definition());
        highlighter->rehighlight();
    }
}
} // namespace

ArtefactsTab::ArtefactsTab(QWidget *parent)
    : RecordTab(parent), m_emptyLabel(new QLabel(this)), m_view(new QTreeWidget(this)), m_remove(new QPushButton(this)),
      m_viewer(new HighlightedTextViewer(this)), m_addBox(new QGroupBox(this)), m_titleLabel(new QLabel(this)),
      m_syntaxLabel(new QLabel(this)), m_contentLabel(new QLabel(this)), m_title(new QLineEdit(this)),
      m_syntax(new QComboBox(this)), m_content(new QPlainTextEdit(this)), m_add(new QPushButton(this))
{
    m_view->setObjectName(QStringLiteral("artefactsView"));
    m_remove->setObjectName(QStringLiteral("removeArtefactButton"));
    m_viewer->setObjectName(QStringLiteral("artefactViewer"));
    m_title->setObjectName(QStringLiteral("artefactTitleLineEdit"));
    m_syntax->setObjectName(QStringLiteral("artefactSyntaxComboBox"));
    m_content->setObjectName(QStringLiteral("artefactContentEdit"));
    m_add->setObjectName(QStringLiteral("addArtefactButton"));
    m_emptyLabel->setWordWrap(true);
    m_view->setColumnCount(4);
    m_view->setRootIsDecorated(false);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_view->header()->setStretchLastSection(false);
    for (int column : { SyntaxColumn, AddedColumn, AuthorColumn })
        m_view->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_title->setClearButtonEnabled(true);
    m_syntax->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_syntax->setMinimumContentsLength(18);
    m_content->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_content->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_content->setTabChangesFocus(true); // keyboard users can leave the field; pasted tabs stay

    auto *listPane = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_emptyLabel);
    listLayout->addWidget(m_view, 1);
    auto *listButtons = new QHBoxLayout;
    listButtons->addStretch(1);
    listButtons->addWidget(m_remove);
    listLayout->addLayout(listButtons);
    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(listPane);
    top->addWidget(m_viewer);
    top->setStretchFactor(1, 2);
    top->setSizes({ 420, 680 });

    auto *form = new QFormLayout(m_addBox);
    form->addRow(m_titleLabel, m_title);
    form->addRow(m_syntaxLabel, m_syntax);
    form->addRow(m_contentLabel, m_content);
    form->addRow(QString(), m_add);
    m_titleLabel->setBuddy(m_title);
    m_syntaxLabel->setBuddy(m_syntax);
    m_contentLabel->setBuddy(m_content);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(m_addBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_view, &QTreeWidget::itemSelectionChanged, this, [this] {
        showSelected();
        updateButtons();
    });
    connect(m_add, &QPushButton::clicked, this, &ArtefactsTab::addArtefact);
    connect(m_title, &QLineEdit::returnPressed, this, &ArtefactsTab::addArtefact);
    connect(m_remove, &QPushButton::clicked, this, &ArtefactsTab::removeArtefact);
    connect(m_title, &QLineEdit::textChanged, this, &ArtefactsTab::updateAutomatic);
    connect(m_content, &QPlainTextEdit::textChanged, this, &ArtefactsTab::updateAutomatic);
    retranslate();
    updateButtons();
}

ArtefactsTab::~ArtefactsTab() = default;

QString ArtefactsTab::title() const
{
    return tr("Artefacts (%1)").arg(m_count);
}

QString ArtefactsTab::guessSyntax(const QString &title, const QString &content)
{
    auto &repository = SyntaxRepository::instance();
    auto definition = repository.definitionForFileName(title.trimmed());
    if (!definition.isValid()) {
        const QMimeType type = QMimeDatabase().mimeTypeForData(content.left(4096).toUtf8());
        definition = repository.definitionForMimeType(type.name());
    }
    return definition.isValid() ? definition.name() : QString();
}

void ArtefactsTab::startIncident()
{
    m_title->clear();
    m_content->clear();
    m_syntax->setCurrentIndex(0);
    m_view->clear();
}

Result<void> ArtefactsTab::refresh()
{
    const qint64 keep = selectedId(m_view);
    auto artefacts = Artefacts(m_session->workspace()).list(m_incidentId);
    if (!artefacts)
        return artefacts.error();
    {
        const QSignalBlocker blocker(m_view);
        m_view->clear();
        for (const Artefact &a : *artefacts) {
            auto *row = new QTreeWidgetItem(m_view, { TextRules::visible(a.title), syntaxLabel(a.syntax),
                                                      WorkspaceTimeZone::format(a.addedUtc, m_zone), a.author });
            row->setData(TitleColumn, IdRole, a.id);
            row->setData(TitleColumn, SyntaxRole, a.syntax);
            row->setData(TitleColumn, ContentRole, a.content);
            row->setToolTip(TitleColumn, plainToolTip(TextRules::visible(a.title)));
            if (a.id == keep)
                m_view->setCurrentItem(row);
        }
    }
    m_emptyLabel->setVisible(artefacts->isEmpty());
    m_view->setHeaderLabels({ tr("Title"), tr("Syntax"), tr("Added (%1)").arg(QString::fromUtf8(m_zone.id())), tr("By") });
    m_count = int(artefacts->size());
    showSelected();
    return {};
}

void ArtefactsTab::showSelected()
{
    const QTreeWidgetItem *current = selectedId(m_view) != 0 ? m_view->currentItem() : nullptr;
    // setPlainText: artefacts are text, never markup, whatever they contain.
    m_viewer->setPlainText(current ? current->data(TitleColumn, ContentRole).toString() : QString());
    const QString syntax = current ? current->data(TitleColumn, SyntaxRole).toString() : QString();
    if (syntax.isEmpty() || !m_viewer->setDefinitionByName(syntax))
        showAsPlainText(m_viewer);
    m_viewer->setPlaceholderText(m_count == 0 ? QString() : tr("Select an artefact to read it here."));
}

void ArtefactsTab::updateButtons()
{
    m_add->setEnabled(writable());
    m_remove->setEnabled(writable() && selectedId(m_view) != 0);
}

void ArtefactsTab::fillSyntaxes()
{
    const QString current = m_syntax->currentIndex() > 0 ? m_syntax->currentData().toString() : QString();
    auto definitions = SyntaxRepository::instance().definitions();
    definitions.erase(std::remove_if(definitions.begin(), definitions.end(), [](const auto &d) { return d.isHidden(); }),
                      definitions.end());
    std::sort(definitions.begin(), definitions.end(), [](const auto &a, const auto &b) {
        return QString::localeAwareCompare(a.translatedName(), b.translatedName()) < 0;
    });
    const QSignalBlocker blocker(m_syntax);
    m_syntax->clear();
    m_syntax->addItem(QString()); // "Automatic", named by updateAutomatic()
    for (const auto &d : definitions)
        m_syntax->addItem(d.translatedName(), d.name());
    m_syntax->setCurrentIndex(qMax(0, m_syntax->findData(current)));
    updateAutomatic();
}

void ArtefactsTab::updateAutomatic()
{
    const QString guess = guessSyntax(m_title->text(), m_content->toPlainText());
    m_syntax->setItemText(0, m_title->text().trimmed().isEmpty() && m_content->document()->isEmpty()
                                 ? tr("Automatic")
                                 : tr("Automatic (%1)").arg(syntaxLabel(guess)));
}

void ArtefactsTab::addArtefact()
{
    if (!m_session || !m_add->isEnabled())
        return;
    Artefact a;
    a.incidentId = m_incidentId;
    a.title = m_title->text();
    a.content = m_content->toPlainText();
    a.syntax = m_syntax->currentIndex() > 0 ? m_syntax->currentData().toString() : guessSyntax(a.title, a.content);
    a.author = Config::get(Config::Key::UserName).toString();
    auto added = Artefacts(m_session->workspace()).add(a);
    if (!succeeded(added, tr("Add Artefact")))
        return;
    startIncident();
    reload();
    selectId(m_view, *added);
    m_session->notifyChanged(QStringLiteral("incident"));
}

void ArtefactsTab::removeArtefact()
{
    const qint64 id = selectedId(m_view);
    if (!m_session || id == 0 || !m_remove->isEnabled())
        return;
    const QString name = m_view->currentItem()->text(TitleColumn);
    if (!confirm(tr("Remove Artefact"), tr("Remove the artefact “%1” from this incident? This cannot be undone.").arg(name)))
        return;
    if (succeeded(Artefacts(m_session->workspace()).remove(id), tr("Remove Artefact")))
        saved();
}

void ArtefactsTab::retranslate()
{
    fillSyntaxes(); // the syntaxes' names follow the language
    m_emptyLabel->setText(tr("No artefacts yet. Paste log excerpts, mail headers, scripts or configurations below "
                             "to keep them with the incident."));
    m_view->setHeaderLabels({ tr("Title"), tr("Syntax"), tr("Added (%1)").arg(QString::fromUtf8(m_zone.id())), tr("By") });
    m_view->setAccessibleName(tr("Artefacts"));
    m_viewer->setAccessibleName(tr("Selected artefact"));
    m_remove->setText(tr("&Remove…"));
    m_remove->setToolTip(tr("Remove the selected artefact from this incident"));
    m_addBox->setTitle(tr("Add artefact"));
    m_titleLabel->setText(tr("&Title or file name:"));
    m_title->setPlaceholderText(tr("e.g. proxy.log, headers.eml, dropper.ps1"));
    m_syntaxLabel->setText(tr("S&yntax:"));
    m_syntax->setToolTip(tr("Automatic picks the syntax from the file name, then from the content"));
    m_contentLabel->setText(tr("&Content:"));
    m_content->setPlaceholderText(tr("Paste the text here"));
    m_add->setText(tr("&Add Artefact"));
    updateAutomatic();
}

} // namespace csirtkit
