# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'project.ui'
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
    QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
    QSizePolicy, QWidget)

class Ui_ProjectForm(object):
    def setupUi(self, ProjectForm):
        if not ProjectForm.objectName():
            ProjectForm.setObjectName(u"ProjectForm")
        ProjectForm.resize(520, 400)
        self.form_layout = QFormLayout(ProjectForm)
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form_layout.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.form_layout.setContentsMargins(0, 0, 0, 0)
        self.name_label = QLabel(ProjectForm)
        self.name_label.setObjectName(u"name_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name = QLineEdit(ProjectForm)
        self.name.setObjectName(u"name")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.kind_label = QLabel(ProjectForm)
        self.kind_label.setObjectName(u"kind_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind = QComboBox(ProjectForm)
        self.kind.setObjectName(u"kind")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kind)

        self.activity_id_label = QLabel(ProjectForm)
        self.activity_id_label.setObjectName(u"activity_id_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.activity_id_label)

        self.activity_id = QComboBox(ProjectForm)
        self.activity_id.setObjectName(u"activity_id")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.activity_id)

        self.description_label = QLabel(ProjectForm)
        self.description_label.setObjectName(u"description_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.description_label)

        self.description = QPlainTextEdit(ProjectForm)
        self.description.setObjectName(u"description")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.description.sizePolicy().hasHeightForWidth())
        self.description.setSizePolicy(sizePolicy)
        self.description.setMinimumSize(QSize(0, 70))
        self.description.setTabChangesFocus(True)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.description)

        self.staff_member_ids_label = QLabel(ProjectForm)
        self.staff_member_ids_label.setObjectName(u"staff_member_ids_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.staff_member_ids_label)

        self.staff_member_ids = QListWidget(ProjectForm)
        self.staff_member_ids.setObjectName(u"staff_member_ids")
        self.staff_member_ids.setMinimumSize(QSize(0, 120))
        self.staff_member_ids.setAlternatingRowColors(True)

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.staff_member_ids)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name)
        self.kind_label.setBuddy(self.kind)
        self.activity_id_label.setBuddy(self.activity_id)
        self.description_label.setBuddy(self.description)
        self.staff_member_ids_label.setBuddy(self.staff_member_ids)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name, self.kind)
        QWidget.setTabOrder(self.kind, self.activity_id)
        QWidget.setTabOrder(self.activity_id, self.description)
        QWidget.setTabOrder(self.description, self.staff_member_ids)

        self.retranslateUi(ProjectForm)

        QMetaObject.connectSlotsByName(ProjectForm)
    # setupUi

    def retranslateUi(self, ProjectForm):
        self.name_label.setText(QCoreApplication.translate("ProjectForm", u"Name: *", None))
        self.kind_label.setText(QCoreApplication.translate("ProjectForm", u"Kind: *", None))
        self.activity_id_label.setText(QCoreApplication.translate("ProjectForm", u"Activity:", None))
#if QT_CONFIG(tooltip)
        self.activity_id.setToolTip(QCoreApplication.translate("ProjectForm", u"The activity of the year plan this project belongs to", None))
#endif // QT_CONFIG(tooltip)
        self.description_label.setText(QCoreApplication.translate("ProjectForm", u"Description:", None))
        self.staff_member_ids_label.setText(QCoreApplication.translate("ProjectForm", u"Staff members:", None))
#if QT_CONFIG(tooltip)
        self.staff_member_ids.setToolTip(QCoreApplication.translate("ProjectForm", u"Tick the staff members who work on the project", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

