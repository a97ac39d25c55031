#pragma once

#include "common/Page.h"

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

class QPrinter;

namespace csirtkit {

// The FIRST CSIRT Services Framework v2.1 catalogue: per service, not offered / planned / offered,
// with a note on scope and the hours it is available.
class ServiceCataloguePage : public Page
{
    Q_OBJECT

public:
    explicit ServiceCataloguePage(QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("services"); }
    QString title() const override { return tr("Service catalogue"); }
    QString iconName() const override { return QStringLiteral(":/icons/services.svg"); }
    void setSession(WorkspaceSession *session) override;

    enum Column { ServiceColumn, StatusColumn, ScopeColumn, HoursColumn };
    QTreeWidget *tree() const { return m_tree; }
    // The catalogue as a printable HTML table (user text escaped).
    QString catalogueHtml() const;
    // Prints the catalogue on pages headed by the organisation and the date.
    void printTo(QPrinter &printer) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void commit(QTreeWidgetItem *item, int column);
    void commitStatus(const QString &serviceKey, int statusIndex);
    void retranslate();
    void print();
    QString organisation() const;
    QString printedOn() const;

    WorkspaceSession *m_session = nullptr;
    QLabel *m_titleLabel;
    QLabel *m_introLabel;
    QLabel *m_summaryLabel;
    QTreeWidget *m_tree;
    QPushButton *m_print;
    bool m_loading = false;
};

} // namespace csirtkit
