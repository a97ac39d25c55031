#pragma once

#include "incidents/RecordTab.h"


class QComboBox;
class QDateTimeEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace csirtkit {

// The communications log of an incident: who, which channel, which direction, when, what, under
// which TLP — and for phone calls the reception points of JPCERT/CC's telephone handling guide
// (caller, number to call back, what was reported, what was promised). Entries are records, written
// at once and not undoable.
class CommunicationsTab : public RecordTab
{
    Q_OBJECT

public:
    enum Column { TimeColumn, DirectionColumn, ChannelColumn, PersonColumn, OrganisationColumn, SummaryColumn, TlpColumn };

    explicit CommunicationsTab(QWidget *parent = nullptr);
    ~CommunicationsTab() override;

    QString title() const override;

private:
    void buildForm();
    void setLabel(QWidget *field, const QString &text);
    void retranslate() override;
    void startIncident() override;
    void updateButtons() override;
    Result<void> refresh() override;
    QString recordsName() const override { return tr("Communications"); }
    void resetForm();
    void updatePhoneFields();
    void showDetails();
    void add();

    int m_count = 0;

    QLabel *m_emptyLabel;
    QTreeWidget *m_view;
    QLabel *m_detailsLabel;
    QLabel *m_formTitle;
    QFormLayout *m_form;     // who, how, when
    QFormLayout *m_textForm; // what
    QLineEdit *m_person;
    QLineEdit *m_caller;
    QLineEdit *m_organisation;
    QComboBox *m_channel;
    QComboBox *m_direction;
    QDateTimeEdit *m_time;
    QLabel *m_zoneLabel;
    QPlainTextEdit *m_summary;
    QComboBox *m_tlp;
    QLineEdit *m_callback;
    QPlainTextEdit *m_reported;
    QPlainTextEdit *m_promised;
    QLabel *m_phoneHint;
    QPushButton *m_add;
};

} // namespace csirtkit
