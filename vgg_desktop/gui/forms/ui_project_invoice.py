# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'project_invoice.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QWidget)

from vgg_desktop.gui.editing.date_field import DateField

class Ui_ProjectInvoiceForm(object):
    def setupUi(self, ProjectInvoiceForm):
        if not ProjectInvoiceForm.objectName():
            ProjectInvoiceForm.setObjectName(u"ProjectInvoiceForm")
        ProjectInvoiceForm.resize(560, 300)
        self.form_layout = QFormLayout(ProjectInvoiceForm)
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form_layout.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.form_layout.setContentsMargins(0, 0, 0, 0)
        self.project_id_label = QLabel(ProjectInvoiceForm)
        self.project_id_label.setObjectName(u"project_id_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.project_id_label)

        self.project_id = QComboBox(ProjectInvoiceForm)
        self.project_id.setObjectName(u"project_id")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.project_id)

        self.municipality_id_label = QLabel(ProjectInvoiceForm)
        self.municipality_id_label.setObjectName(u"municipality_id_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.municipality_id_label)

        self.municipality_id = QComboBox(ProjectInvoiceForm)
        self.municipality_id.setObjectName(u"municipality_id")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.municipality_id)

        self.description_label = QLabel(ProjectInvoiceForm)
        self.description_label.setObjectName(u"description_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.description_label)

        self.description = QLineEdit(ProjectInvoiceForm)
        self.description.setObjectName(u"description")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.description)

        self.amount_cents_label = QLabel(ProjectInvoiceForm)
        self.amount_cents_label.setObjectName(u"amount_cents_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.amount_cents_label)

        self.amount_cents = QLineEdit(ProjectInvoiceForm)
        self.amount_cents.setObjectName(u"amount_cents")
        self.amount_cents.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.amount_cents)

        self.sent_on_label = QLabel(ProjectInvoiceForm)
        self.sent_on_label.setObjectName(u"sent_on_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.sent_on_label)

        self.sent_on = DateField(ProjectInvoiceForm)
        self.sent_on.setObjectName(u"sent_on")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.sent_on)

        self.paid_on_label = QLabel(ProjectInvoiceForm)
        self.paid_on_label.setObjectName(u"paid_on_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.paid_on_label)

        self.paid_on = DateField(ProjectInvoiceForm)
        self.paid_on.setObjectName(u"paid_on")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.paid_on)

#if QT_CONFIG(shortcut)
        self.project_id_label.setBuddy(self.project_id)
        self.municipality_id_label.setBuddy(self.municipality_id)
        self.description_label.setBuddy(self.description)
        self.amount_cents_label.setBuddy(self.amount_cents)
        self.sent_on_label.setBuddy(self.sent_on)
        self.paid_on_label.setBuddy(self.paid_on)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.project_id, self.municipality_id)
        QWidget.setTabOrder(self.municipality_id, self.description)
        QWidget.setTabOrder(self.description, self.amount_cents)
        QWidget.setTabOrder(self.amount_cents, self.sent_on)
        QWidget.setTabOrder(self.sent_on, self.paid_on)

        self.retranslateUi(ProjectInvoiceForm)

        QMetaObject.connectSlotsByName(ProjectInvoiceForm)
    # setupUi

    def retranslateUi(self, ProjectInvoiceForm):
        self.project_id_label.setText(QCoreApplication.translate("ProjectInvoiceForm", u"Project: *", None))
        self.municipality_id_label.setText(QCoreApplication.translate("ProjectInvoiceForm", u"Municipality: *", None))
#if QT_CONFIG(tooltip)
        self.municipality_id.setToolTip(QCoreApplication.translate("ProjectInvoiceForm", u"The municipality the invoice is addressed to", None))
#endif // QT_CONFIG(tooltip)
        self.description_label.setText(QCoreApplication.translate("ProjectInvoiceForm", u"Description:", None))
#if QT_CONFIG(tooltip)
        self.description.setToolTip(QCoreApplication.translate("ProjectInvoiceForm", u"For example the invoice number or the period it covers", None))
#endif // QT_CONFIG(tooltip)
        self.amount_cents_label.setText(QCoreApplication.translate("ProjectInvoiceForm", u"Amount (\u20ac): *", None))
#if QT_CONFIG(tooltip)
        self.amount_cents.setToolTip(QCoreApplication.translate("ProjectInvoiceForm", u"In euros, for example 1.234,56 (a comma before the cents)", None))
#endif // QT_CONFIG(tooltip)
        self.amount_cents.setPlaceholderText(QCoreApplication.translate("ProjectInvoiceForm", u"0,00", None))
        self.sent_on_label.setText(QCoreApplication.translate("ProjectInvoiceForm", u"Sent on:", None))
#if QT_CONFIG(tooltip)
        self.sent_on.setToolTip(QCoreApplication.translate("ProjectInvoiceForm", u"Leave empty while the invoice has not been sent", None))
#endif // QT_CONFIG(tooltip)
        self.paid_on_label.setText(QCoreApplication.translate("ProjectInvoiceForm", u"Paid on:", None))
#if QT_CONFIG(tooltip)
        self.paid_on.setToolTip(QCoreApplication.translate("ProjectInvoiceForm", u"Leave empty while the municipality has not paid", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

