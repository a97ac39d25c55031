#include "incidents/CommunicationsTab.h"

#include "common/Config.h"
#include "common/Language.h"
#include "common/MessageBox.h"
#include "common/ToolTip.h"
#include "incidents/Communications.h"
#include "incidents/IncidentRepository.h"
#include "incidents/Taxonomy.h"
#include "workspace/WorkspaceSession.h"
#include "workspace/WorkspaceTimeZone.h"
#include "team/PeopleCompleter.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace csirtkit {

namespace {

constexpr int IdRole = Qt::UserRole + 1;
const QString PhoneKey = QStringLiteral("phone");

struct KeyText
{
    const char *key;
    const char *text;
};

constexpr KeyText Channels[] = {
    { "phone", QT_TRANSLATE_NOOP("csirtkit::CommunicationsTab", "Phone") },
    { "email", QT_TRANSLATE_NOOP("csirtkit::CommunicationsTab", "E-mail") },
    { "pgp_email", QT_TRANSLATE_NOOP("csirtkit::CommunicationsTab", "PGP e-mail") },
    { "meeting", QT_TRANSLATE_NOOP("csirtkit::CommunicationsTab", "Meeting") },
    { "chat", QT_TRANSLATE_NOOP("csirtkit::CommunicationsTab", "Chat") },
    { "letter", QT_TRANSLATE_NOOP("csirtkit::CommunicationsTab", "Letter") },
};

constexpr KeyText Directions[] = {
    { "incoming", QT_TRANSLATE_NOOP("csirtkit::CommunicationsTab", "Incoming") },
    { "outgoing", QT_TRANSLATE_NOOP("csirtkit::CommunicationsTab", "Outgoing") },
};

template<std::size_t N>
QString textFor(const KeyText (&table)[N], const QString &key)
{
    for (const KeyText &entry : table)
        if (key == QLatin1String(entry.key))
            return CommunicationsTab::tr(entry.text);
    return key;
}

const TlpLabel *tlpLabel(const QString &key)
{
    for (const TlpLabel &label : Taxonomy::instance().tlp())
        if (label.key == key)
            return &label;
    return nullptr;
}

// The TLP column as a badge: the label's colour on black, as FIRST prescribes.
class TlpBadgeDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt(option);
        initStyleOption(&opt, index);
        const TlpLabel *label = tlpLabel(opt.text);
        if (!label) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        const QString key = opt.text;
        opt.text.clear();
        QStyle *style = opt.widget ? opt.widget->style() : nullptr;
        if (style)
            style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        QFont bold = opt.font;
        bold.setBold(true);
        const QFontMetrics metrics(bold);
        const QRect badge(opt.rect.left() + 4, opt.rect.center().y() - metrics.height() / 2 - 1,
                          metrics.horizontalAdvance(key) + 12, metrics.height() + 2);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(label->background));
        painter->drawRoundedRect(badge, 3, 3);
        painter->setPen(QColor(label->textColor));
        painter->setFont(bold);
        painter->drawText(badge, Qt::AlignCenter, key);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        QFont bold = option.font;
        bold.setBold(true);
        size.setWidth(QFontMetrics(bold).horizontalAdvance(index.data().toString()) + 20);
        return size;
    }
};

QPlainTextEdit *shortTextEdit(const QString &name, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setTabChangesFocus(true);
    edit->setMaximumHeight(edit->fontMetrics().lineSpacing() * 4 + 12);
    return edit;
}

} // namespace

CommunicationsTab::CommunicationsTab(QWidget *parent)
    : RecordTab(parent), m_emptyLabel(new QLabel(this)), m_view(new QTreeWidget(this)), m_detailsLabel(new QLabel(this)),
      m_formTitle(new QLabel(this)), m_form(new QFormLayout), m_textForm(new QFormLayout), m_person(new QLineEdit(this)), m_caller(new QLineEdit(this)),
      m_organisation(new QLineEdit(this)), m_channel(new QComboBox(this)), m_direction(new QComboBox(this)),
      m_time(new QDateTimeEdit(this)), m_zoneLabel(new QLabel(this)), m_summary(shortTextEdit(QStringLiteral("summaryTextEdit"), this)),
      m_tlp(new QComboBox(this)), m_callback(new QLineEdit(this)),
      m_reported(shortTextEdit(QStringLiteral("reportedTextEdit"), this)),
      m_promised(shortTextEdit(QStringLiteral("promisedTextEdit"), this)), m_phoneHint(new QLabel(this)),
      m_add(new QPushButton(this))
{
    m_view->setObjectName(QStringLiteral("communicationsView"));
    m_view->setColumnCount(TlpColumn + 1);
    m_view->setRootIsDecorated(false);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setItemDelegateForColumn(TlpColumn, new TlpBadgeDelegate(m_view));
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(SummaryColumn, QHeaderView::Stretch);
    connect(m_view, &QTreeWidget::currentItemChanged, this, &CommunicationsTab::showDetails);
    m_emptyLabel->setObjectName(QStringLiteral("communicationsEmptyLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setEnabled(false);
    m_detailsLabel->setObjectName(QStringLiteral("communicationDetailsLabel"));
    m_detailsLabel->setTextFormat(Qt::PlainText);
    m_detailsLabel->setWordWrap(true);
    m_detailsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto *stack = new QStackedWidget(this);
    stack->setObjectName(QStringLiteral("communicationsStack"));
    stack->addWidget(m_emptyLabel);
    stack->addWidget(m_view);
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(stack, 1);
    topLayout->addWidget(m_detailsLabel);

    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    QFont bold = m_formTitle->font();
    bold.setBold(true);
    m_formTitle->setFont(bold);
    bottomLayout->addWidget(m_formTitle);
    bottomLayout->addWidget(m_phoneHint);
    buildForm();
    auto *forms = new QHBoxLayout;
    forms->addLayout(m_form, 2);
    forms->addLayout(m_textForm, 3);
    bottomLayout->addLayout(forms);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_add);
    bottomLayout->addLayout(buttons);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 1);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_add, &QPushButton::clicked, this, &CommunicationsTab::add);
    auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, this, &CommunicationsTab::add);
    retranslate();
    updatePhoneFields();
    resetForm();
}

CommunicationsTab::~CommunicationsTab() = default;

void CommunicationsTab::buildForm()
{
    m_channel->setObjectName(QStringLiteral("channelComboBox"));
    for (const QString &key : Communications::channels())
        m_channel->addItem(key, key);
    m_direction->setObjectName(QStringLiteral("directionComboBox"));
    for (const KeyText &d : Directions)
        m_direction->addItem(QString::fromLatin1(d.key), QString::fromLatin1(d.key));
    m_time->setObjectName(QStringLiteral("communicationTimeEdit"));
    m_time->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_time->setCalendarPopup(true);
    m_zoneLabel->setObjectName(QStringLiteral("communicationZoneLabel"));
    m_person->setObjectName(QStringLiteral("personLineEdit"));
    m_caller->setObjectName(QStringLiteral("callerLineEdit"));
    m_organisation->setObjectName(QStringLiteral("organisationLineEdit"));
    m_callback->setObjectName(QStringLiteral("callbackLineEdit"));
    m_tlp->setObjectName(QStringLiteral("communicationTlpComboBox"));
    for (const TlpLabel &label : Taxonomy::instance().tlp()) {
        m_tlp->addItem(label.key, label.key);
        m_tlp->setItemData(m_tlp->count() - 1, QColor(label.background), Qt::BackgroundRole);
        m_tlp->setItemData(m_tlp->count() - 1, QColor(label.textColor), Qt::ForegroundRole);
    }
    m_add->setObjectName(QStringLiteral("addCommunicationButton"));
    m_phoneHint->setObjectName(QStringLiteral("phoneHintLabel"));
    m_phoneHint->setWordWrap(true);

    // The person on the line is the caller: one value, typed in either field.
    connect(m_person, &QLineEdit::textEdited, m_caller, &QLineEdit::setText);
    connect(m_caller, &QLineEdit::textEdited, m_person, &QLineEdit::setText);
    connect(m_channel, &QComboBox::currentIndexChanged, this, &CommunicationsTab::updatePhoneFields);
    connect(m_direction, &QComboBox::currentIndexChanged, this, &CommunicationsTab::retranslate);

    auto *timeRow = new QHBoxLayout;
    timeRow->addWidget(m_time);
    timeRow->addWidget(m_zoneLabel, 1);
    const auto addRow = [this](QFormLayout *form, QWidget *field, QLayout *fieldLayout = nullptr) {
        auto *label = new QLabel(this);
        label->setBuddy(field);
        if (fieldLayout)
            form->addRow(label, fieldLayout);
        else
            form->addRow(label, field);
    };
    addRow(m_form, m_channel);
    addRow(m_form, m_direction);
    addRow(m_form, m_time, timeRow);
    addRow(m_form, m_person);
    addRow(m_form, m_caller);
    addRow(m_form, m_organisation);
    addRow(m_form, m_callback);
    addRow(m_form, m_tlp);
    addRow(m_textForm, m_summary);
    addRow(m_textForm, m_reported);
    addRow(m_textForm, m_promised);
    QWidget::setTabOrder({ m_channel, m_direction, m_time, m_person, m_caller, m_organisation, m_callback, m_summary,
                           m_reported, m_promised, m_tlp, m_add });
}

QString CommunicationsTab::title() const
{
    return tr("Communications (%1)").arg(m_count);
}

void CommunicationsTab::startIncident()
{
    PeopleCompleter::attach(m_person, m_session); // team members from the register; outsiders typed
    resetForm();
}

void CommunicationsTab::updateButtons()
{
    m_add->setEnabled(writable());
}

void CommunicationsTab::resetForm()
{
    for (QLineEdit *edit : { m_person, m_caller, m_organisation, m_callback })
        edit->clear();
    for (QPlainTextEdit *edit : { m_summary, m_reported, m_promised })
        edit->clear();
    const QDateTime now = QDateTime::currentDateTimeUtc().toTimeZone(m_zone);
    m_time->setDateTime(QDateTime(now.date(), QTime(now.time().hour(), now.time().minute())));
    QString tlp = QStringLiteral("TLP:AMBER");
    if (m_session) {
        if (auto incident = IncidentRepository(m_session->workspace()).incident(m_incidentId))
            tlp = incident->tlp;
    }
    m_tlp->setCurrentIndex(qMax(0, m_tlp->findData(tlp)));
}

void CommunicationsTab::updatePhoneFields()
{
    const bool phone = m_channel->currentData().toString() == PhoneKey;
    m_form->setRowVisible(m_person, !phone);
    m_form->setRowVisible(m_caller, phone);
    m_form->setRowVisible(m_callback, phone);
    m_textForm->setRowVisible(m_reported, phone);
    m_textForm->setRowVisible(m_promised, phone);
    m_phoneHint->setVisible(phone);
}

Result<void> CommunicationsTab::refresh()
{
    m_zoneLabel->setText(WorkspaceTimeZone::label(m_zone));
    retranslate(); // the time column names the zone
    auto list = Communications(m_session->workspace()).list(m_incidentId);
    if (!list)
        return list.error();
    const qint64 selected = m_view->currentItem() ? m_view->currentItem()->data(TimeColumn, IdRole).toLongLong() : 0;
    m_view->clear();
    QTreeWidgetItem *current = nullptr;
    for (const Communication &c : std::as_const(*list)) {
        auto *item = new QTreeWidgetItem(m_view);
        item->setData(TimeColumn, IdRole, c.id);
        item->setText(TimeColumn, WorkspaceTimeZone::format(c.atUtc, m_zone));
        item->setText(DirectionColumn, textFor(Directions, c.direction));
        item->setData(DirectionColumn, IdRole, c.direction);
        item->setText(ChannelColumn, textFor(Channels, c.channel));
        item->setData(ChannelColumn, IdRole, c.channel);
        item->setText(PersonColumn, c.person);
        item->setText(OrganisationColumn, c.organisation);
        item->setText(SummaryColumn, QString(c.summary).replace(QLatin1Char('\n'), QLatin1Char(' ')));
        item->setText(TlpColumn, c.tlp);
        QStringList details = { c.summary };
        if (c.channel == PhoneKey) {
            details << tr("Call-back number: %1").arg(c.callback) << tr("Reported: %1").arg(c.reported)
                    << tr("Promised: %1").arg(c.promised);
        }
        details << tr("Logged by %1").arg(c.author);
        item->setData(SummaryColumn, IdRole, details.join(QLatin1Char('\n')).trimmed());
        item->setToolTip(SummaryColumn, plainToolTip(item->data(SummaryColumn, IdRole).toString()));
        for (int column : { PersonColumn, OrganisationColumn })
            item->setToolTip(column, plainToolTip(item->text(column)));
        if (const TlpLabel *label = tlpLabel(c.tlp))
            item->setToolTip(TlpColumn, label->description.in(Language::current()));
        if (c.id == selected)
            current = item;
    }
    if (current)
        m_view->setCurrentItem(current);
    showDetails();
    auto *stack = qobject_cast<QStackedWidget *>(m_view->parentWidget());
    if (stack)
        stack->setCurrentWidget(list->isEmpty() ? static_cast<QWidget *>(m_emptyLabel) : m_view);
    m_count = int(list->size());
    return {};
}

void CommunicationsTab::showDetails()
{
    const QTreeWidgetItem *item = m_view->currentItem();
    m_detailsLabel->setVisible(item);
    if (item) {
        m_detailsLabel->setText(QStringLiteral("%1 · %2 · %3 · %4\n%5")
                                    .arg(item->text(TimeColumn), item->text(DirectionColumn), item->text(ChannelColumn),
                                         QStringList({ item->text(PersonColumn), item->text(OrganisationColumn) })
                                             .filter(QRegularExpression(QStringLiteral("\\S")))
                                             .join(QStringLiteral(", ")),
                                         item->data(SummaryColumn, IdRole).toString()));
    }
}

void CommunicationsTab::add()
{
    if (!m_session || !m_add->isEnabled())
        return;
    const bool phone = m_channel->currentData().toString() == PhoneKey;
    Communication c;
    c.incidentId = m_incidentId;
    c.atUtc = QDateTime(m_time->date(), m_time->time(), m_zone).toUTC();
    c.direction = m_direction->currentData().toString();
    c.channel = m_channel->currentData().toString();
    c.person = phone ? m_caller->text() : m_person->text();
    c.organisation = m_organisation->text();
    c.summary = m_summary->toPlainText().trimmed();
    c.tlp = m_tlp->currentData().toString();
    if (phone) {
        c.callback = m_callback->text();
        c.reported = m_reported->toPlainText().trimmed();
        c.promised = m_promised->toPlainText().trimmed();
    }
    c.author = Config::get(Config::Key::UserName).toString();
    auto added = Communications(m_session->workspace()).add(c);
    if (!added) {
        MessageBox::critical(this, tr("Communication not added"), added.error().message);
        return;
    }
    resetForm();
    reload();
    for (int i = 0; i < m_view->topLevelItemCount(); ++i)
        if (m_view->topLevelItem(i)->data(TimeColumn, IdRole).toLongLong() == *added)
            m_view->setCurrentItem(m_view->topLevelItem(i));
    m_session->notifyChanged(QStringLiteral("incident"));
}


void CommunicationsTab::setLabel(QWidget *field, const QString &text)
{
    for (QFormLayout *form : { m_form, m_textForm })
        for (int row = 0; row < form->rowCount(); ++row)
            if (QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole))
                if (auto *label = qobject_cast<QLabel *>(item->widget()); label && label->buddy() == field)
                    label->setText(text);
}

void CommunicationsTab::retranslate()
{
    const bool incoming = m_direction->currentData().toString() == QLatin1String("incoming");
    m_view->setHeaderLabels({ tr("Time (%1)").arg(QString::fromUtf8(m_zone.id())), tr("Direction"), tr("Channel"),
                              tr("Person"), tr("Organisation"), tr("Summary"), tr("TLP") });
    m_view->setAccessibleName(tr("Communications"));
    m_emptyLabel->setText(tr("No communications yet. Log calls, mails and meetings about this incident below."));
    m_formTitle->setText(tr("Log a communication"));
    for (int i = 0; i < m_channel->count(); ++i)
        m_channel->setItemText(i, textFor(Channels, m_channel->itemData(i).toString()));
    for (int i = 0; i < m_direction->count(); ++i)
        m_direction->setItemText(i, textFor(Directions, m_direction->itemData(i).toString()));
    const QString lang = Language::current();
    for (int i = 0; i < m_tlp->count(); ++i)
        if (const TlpLabel *label = tlpLabel(m_tlp->itemData(i).toString()))
            m_tlp->setItemData(i, label->description.in(lang), Qt::ToolTipRole);
    setLabel(m_channel, tr("C&hannel:"));
    setLabel(m_direction, tr("&Direction:"));
    setLabel(m_time, tr("&Time:"));
    setLabel(m_person, tr("&Person:"));
    setLabel(m_caller, incoming ? tr("&Caller:") : tr("Person &called:"));
    setLabel(m_organisation, tr("&Organisation:"));
    setLabel(m_callback, tr("Call-&back number:"));
    setLabel(m_summary, tr("&Summary:"));
    setLabel(m_reported, incoming ? tr("What was &reported:") : tr("What was d&iscussed:"));
    setLabel(m_promised, tr("What was pro&mised:"));
    setLabel(m_tlp, tr("T&LP:"));
    m_caller->setPlaceholderText(tr("Name, and role if given"));
    m_callback->setPlaceholderText(tr("e.g. +81-3-1234-5678 ext. 210"));
    m_promised->setPlaceholderText(tr("e.g. call back by 17:00 with the next steps"));
    m_phoneHint->setText(tr("Telephone: note who called, a number to call back, what was reported and what you "
                            "promised — and read the number back to the caller."));
    m_time->setToolTip(tr("Entered in the workspace's time zone"));
    m_add->setText(tr("&Add Communication"));
    m_add->setToolTip(tr("Add this communication to the log (Ctrl+Enter)"));
}

} // namespace csirtkit
