#include "phases/OrgModelPage.h"
#include "common/DateFormat.h"

#include "common/FunctionCommand.h"
#include "common/Language.h"
#include "phases/ContentLibrary.h"
#include "phases/DecisionRepository.h"
#include "workspace/WorkspaceSession.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace csirtkit {

namespace {
QString bullets(const QList<LocalText> &list, const QString &lang)
{
    QStringList lines;
    for (const LocalText &t : list)
        lines << QStringLiteral("• ") + t.in(lang);
    return lines.join(QLatin1Char('\n'));
}
} // namespace

OrgModelPage::OrgModelPage(QWidget *parent)
    : Page(parent), m_titleLabel(new QLabel(this)), m_introLabel(new QLabel(this)), m_table(new QTableWidget(this)),
      m_decisionLabel(new QLabel(this)), m_currentLabel(new QLabel(this)), m_model(new QComboBox(this)),
      m_reason(new QPlainTextEdit(this)), m_record(new QPushButton(this)), m_error(new QLabel(this)),
      m_modelFieldLabel(new QLabel(this)), m_reasonFieldLabel(new QLabel(this))
{
    m_table->setObjectName(QStringLiteral("modelTableWidget"));
    m_model->setObjectName(QStringLiteral("modelComboBox"));
    m_reason->setObjectName(QStringLiteral("reasonPlainTextEdit"));
    m_record->setObjectName(QStringLiteral("recordPushButton"));
    m_currentLabel->setObjectName(QStringLiteral("currentDecisionLabel"));
    m_error->setObjectName(QStringLiteral("modelErrorLabel"));
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_titleLabel->setFont(big);
    QFont bold = font();
    bold.setBold(true);
    m_decisionLabel->setFont(bold);
    for (QLabel *l : { m_introLabel, m_currentLabel, m_error }) {
        l->setWordWrap(true);
        l->setTextFormat(Qt::PlainText);
    }
    m_error->setStyleSheet(QStringLiteral("color: #d93025; font-weight: bold;"));
    m_error->hide();
    m_table->setColumnCount(4);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_table->horizontalHeader()->resizeSection(0, 220);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_reason->setMaximumHeight(70);
    m_reason->setTabChangesFocus(true);

    auto *decision = new QFormLayout;
    decision->addRow(m_currentLabel);
    auto *row = new QHBoxLayout;
    row->addWidget(m_model, 1);
    row->addWidget(m_record);
    decision->addRow(m_modelFieldLabel, row);
    decision->addRow(m_reasonFieldLabel, m_reason);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 12, 18, 12);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_introLabel);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_decisionLabel);
    layout->addWidget(m_error);
    layout->addLayout(decision);
    connect(m_record, &QPushButton::clicked, this,
            [this] { recordDecision(m_model->currentData().toString(), m_reason->toPlainText()); });
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int r) {
        const QString key = m_table->item(r, 0) ? m_table->item(r, 0)->data(Qt::UserRole).toString() : QString();
        if (!key.isEmpty())
            m_model->setCurrentIndex(m_model->findData(key));
    });
    retranslate();
}

void OrgModelPage::setSession(WorkspaceSession *session)
{
    m_session = session;
    connect(session, &WorkspaceSession::changed, this, [this](const QString &entity) {
        if (entity == QLatin1String("org_model_choice"))
            reload();
    });
    reload();
}

QString OrgModelPage::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

void OrgModelPage::fillTable()
{
    const QString lang = Language::current();
    const auto &models = ContentLibrary::instance().orgModels();
    m_table->setRowCount(int(models.size()));
    const QString current = m_model->currentData().toString();
    m_model->clear();
    m_model->addItem(tr("Not decided yet"), QString());
    for (int r = 0; r < models.size(); ++r) {
        const ContentOrgModel &m = models.at(r);
        auto *name = new QTableWidgetItem(m.title.in(lang) + QStringLiteral("\n(") + m.source + QLatin1Char(')'));
        name->setData(Qt::UserRole, m.key);
        name->setToolTip(m.description.in(lang) + QStringLiteral("\n\n") + m.fitsWhen.in(lang));
        QFont bold = name->font();
        bold.setBold(true);
        name->setFont(bold);
        m_table->setItem(r, 0, name);
        m_table->setItem(r, 1, new QTableWidgetItem(m.description.in(lang) + QStringLiteral("\n\n") + m.fitsWhen.in(lang)));
        m_table->setItem(r, 2, new QTableWidgetItem(bullets(m.pros, lang)));
        m_table->setItem(r, 3, new QTableWidgetItem(bullets(m.cons, lang)));
        m_model->addItem(m.title.in(lang), m.key);
    }
    m_model->setCurrentIndex(qMax(0, m_model->findData(current)));
}

void OrgModelPage::reload()
{
    if (!m_session)
        return;
    fillTable();
    auto choice = DecisionRepository(m_session->workspace()).orgModel();
    const bool editable = !m_session->isReadOnly();
    m_model->setEnabled(editable);
    m_reason->setReadOnly(!editable);
    m_record->setEnabled(editable);
    if (!choice)
        return;
    const ContentOrgModel *model = ContentLibrary::instance().orgModel(choice->modelKey);
    if (model) {
        m_currentLabel->setText(tr("Decided %1: %2. Reason: %3")
                                    .arg(DateFormat::dateTime(choice->decidedUtc.toLocalTime()),
                                         model->title.in(Language::current()), choice->reason));
        for (int r = 0; r < m_table->rowCount(); ++r)
            if (m_table->item(r, 0)->data(Qt::UserRole).toString() == choice->modelKey)
                m_table->selectRow(r);
    } else {
        m_currentLabel->setText(tr("No model has been chosen yet. Compare the models above, then record your "
                                   "choice and the reason for it."));
    }
    m_model->setCurrentIndex(qMax(0, m_model->findData(choice->modelKey)));
    m_reason->setPlainText(choice->reason);
}

bool OrgModelPage::recordDecision(const QString &modelKey, const QString &reason)
{
    if (!m_session)
        return false;
    DecisionRepository repo(m_session->workspace());
    auto before = repo.orgModel();
    if (!before)
        return false;
    if (!modelKey.isEmpty() && reason.trimmed().isEmpty()) {
        m_error->setText(tr("Write down why this model fits your organisation: the reason is part of the decision."));
        m_error->show();
        return false;
    }
    m_error->hide();
    if (before->modelKey == modelKey && before->reason == reason.trimmed())
        return true;
    WorkspaceSession *session = m_session;
    const OrgModelChoice old = *before;
    m_session->undoStack()->push(new FunctionCommand(
        session, QStringLiteral("org_model_choice"), tr("Choose organisational model"),
        [session, modelKey, reason] { return DecisionRepository(session->workspace()).setOrgModel(modelKey, reason); },
        [session, old] { return DecisionRepository(session->workspace()).restoreOrgModel(old); }));
    return true;
}

void OrgModelPage::changeEvent(QEvent *event)
{
    Page::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        Q_EMIT titleChanged();
        reload();
    }
}

void OrgModelPage::retranslate()
{
    m_titleLabel->setText(tr("Organisational model"));
    m_introLabel->setText(tr("Where the CSIRT sits and who its members are. Compare the models side by side — SEI's "
                             "and NIST's structures and the forms JPCERT/CC describes — then record your choice."));
    m_table->setHorizontalHeaderLabels({ tr("Model"), tr("Description and when it fits"), tr("Strengths"), tr("Weaknesses") });
    m_decisionLabel->setText(tr("Your decision"));
    m_modelFieldLabel->setText(tr("Model"));
    m_reasonFieldLabel->setText(tr("Reason"));
    m_record->setText(tr("Record Decision"));
    m_reason->setPlaceholderText(tr("Why this model fits your organisation"));
    m_model->setAccessibleName(tr("Model"));
    m_reason->setAccessibleName(tr("Reason"));
    m_table->setAccessibleName(tr("Model comparison"));
}

} // namespace csirtkit
