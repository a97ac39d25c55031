#include "incidents/IncidentTab.h"

#include <QLineEdit>
#include <QTreeWidget>

namespace csirtkit {

QTreeWidget *IncidentTab::recordView(QWidget *parent, const QString &name, int columns)
{
    auto *view = new QTreeWidget(parent);
    view->setObjectName(name);
    view->setColumnCount(columns);
    view->setRootIsDecorated(false);
    view->setAlternatingRowColors(true);
    view->setUniformRowHeights(true);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    return view;
}

QLineEdit *IncidentTab::entryLineEdit(QWidget *parent, const QString &name)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setClearButtonEnabled(true);
    return edit;
}

} // namespace csirtkit
