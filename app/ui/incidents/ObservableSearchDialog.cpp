#include "incidents/ObservableSearchDialog.h"

#include "common/TextRules.h"
#include "common/ToolTip.h"
#include "incidents/Observable.h"
#include "incidents/Observables.h"
#include "workspace/WorkspaceSession.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace csirtkit {

namespace {
constexpr int IdRole = Qt::UserRole + 1;
}

ObservableSearchDialog::ObservableSearchDialog(WorkspaceSession *session, QWidget *parent)
    : QDialog(parent), m_session(session), m_value(new QLineEdit(this)), m_results(new QTreeWidget(this)),
      m_status(new QLabel(this)), m_timer(new QTimer(this))
{
    m_value->setObjectName(QStringLiteral("observableSearchLineEdit"));
    m_value->setClearButtonEnabled(true);
    m_results->setObjectName(QStringLiteral("observableResultsView"));
    m_results->setColumnCount(2);
    m_results->setRootIsDecorated(false);
    m_results->setUniformRowHeights(true);
    m_results->setAlternatingRowColors(true);
    m_results->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_status->setObjectName(QStringLiteral("observableSearchStatusLabel"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_timer->setSingleShot(true);
    m_timer->setInterval(250);
    connect(m_timer, &QTimer::timeout, this, &ObservableSearchDialog::search);
    connect(m_value, &QLineEdit::textEdited, this, &ObservableSearchDialog::valueEdited);
    connect(m_value, &QLineEdit::textChanged, m_timer, qOverload<>(&QTimer::start));
    // Enter in the field opens the first (or current) result; Down moves into the list.
    connect(m_value, &QLineEdit::returnPressed, this, [this] {
        search();
        open(m_results->currentItem() ? m_results->currentItem() : m_results->topLevelItem(0));
    });
    connect(m_results, &QTreeWidget::itemActivated, this, &ObservableSearchDialog::open);
    m_value->installEventFilter(this);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false); // Enter opens an incident, never closes
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_value);
    layout->addWidget(m_status);
    layout->addWidget(m_results, 1);
    layout->addWidget(buttons);
    resize(560, 400);
    retranslate();
    updateStatus();
}

ObservableSearchDialog::~ObservableSearchDialog() = default;

void ObservableSearchDialog::valueEdited(const QString &text)
{
    const QString refanged = Observable::refangInsertion(m_lastValue, text);
    if (refanged != text)
        m_value->setText(refanged);
    m_lastValue = m_value->text();
}

void ObservableSearchDialog::search()
{
    m_timer->stop();
    const QString value = m_value->text().trimmed();
    if (value == m_searched)
        return;
    m_searched = value;
    m_error.clear();
    m_results->clear();
    if (!value.isEmpty()) {
        auto refs = Observables(m_session->workspace()).incidentRefsWith(value);
        if (!refs) {
            m_error = refs.error().message;
        } else {
            for (const IncidentRef &ref : std::as_const(*refs)) {
                auto *item = new QTreeWidgetItem(m_results, { ref.ident, TextRules::visible(ref.title) });
                item->setData(0, IdRole, ref.id);
                item->setToolTip(1, plainToolTip(TextRules::visible(ref.title)));
            }
        }
    }
    if (m_results->topLevelItemCount() > 0)
        m_results->setCurrentItem(m_results->topLevelItem(0));
    updateStatus();
}

void ObservableSearchDialog::open(QTreeWidgetItem *item)
{
    if (!item)
        return;
    Q_EMIT openIncident(item->data(0, IdRole).toLongLong());
    accept();
}

void ObservableSearchDialog::updateStatus()
{
    const int count = m_results->topLevelItemCount();
    if (!m_error.isEmpty())
        m_status->setText(m_error);
    else if (m_searched.isEmpty())
        m_status->setText(tr("Type or paste an IP address, domain, URL, hash or other value; defanged values work too."));
    else if (count == 0)
        m_status->setText(tr("No incident has this observable."));
    else
        m_status->setText(tr("%n incident(s) have this observable. Press Enter to open the selected one.", nullptr, count));
}

bool ObservableSearchDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_value && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Down || key == Qt::Key_PageDown) && m_results->topLevelItemCount() > 0) {
            m_results->setFocus();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ObservableSearchDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void ObservableSearchDialog::retranslate()
{
    setWindowTitle(tr("Find Observable"));
    m_value->setPlaceholderText(tr("Value to find in all incidents, e.g. 192.0.2.10 or hxxp://example[.]com"));
    m_value->setAccessibleName(tr("Observable value"));
    m_results->setHeaderLabels({ tr("Incident"), tr("Title") });
    m_results->setAccessibleName(tr("Incidents with this observable"));
    updateStatus();
}

} // namespace csirtkit
