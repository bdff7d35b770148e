<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>AuditLabels</name>
        <message>
            <source>Arrears period</source>
            <translation>欠薪期间</translation>
        </message>
        <message>
            <source>Evidence held</source>
            <translation>所持证据</translation>
        </message>
        <message>
            <source>Evidence file</source>
            <translation>证据文件</translation>
        </message>
        <message>
            <source>Chain liability</source>
            <translation>用工链条责任</translation>
        </message>
        <message>
            <source>From month</source>
            <translation>开始月份</translation>
        </message>
        <message>
            <source>To month</source>
            <translation>结束月份</translation>
        </message>
        <message>
            <source>Rate per</source>
            <translation>计薪方式</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>工资标准</translation>
        </message>
        <message>
            <source>Days worked</source>
            <translation>出勤天数</translation>
        </message>
        <message>
            <source>Hours worked</source>
            <translation>工作小时数</translation>
        </message>
        <message>
            <source>Pieces</source>
            <translation>计件数量</translation>
        </message>
        <message>
            <source>Owed</source>
            <translation>应付金额</translation>
        </message>
        <message>
            <source>Owed typed in</source>
            <translation>应付金额为手工填写</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>已付金额</translation>
        </message>
        <message>
            <source>Claimed</source>
            <translation>主张金额</translation>
        </message>
        <message>
            <source>Confirmed by employer</source>
            <translation>单位确认金额</translation>
        </message>
        <message>
            <source>File name</source>
            <translation>文件名</translation>
        </message>
        <message>
            <source>File type</source>
            <translation>文件类型</translation>
        </message>
        <message>
            <source>Party</source>
            <translation>责任主体</translation>
        </message>
        <message>
            <source>Basis of liability</source>
            <translation>责任依据</translation>
        </message>
        <message>
            <source>Share %</source>
            <translation>比例%</translation>
        </message>
        <message>
            <source>Added at</source>
            <translation>添加时间</translation>
        </message>
        <message>
            <source>Content</source>
            <translation>内容</translation>
        </message>
        <message>
            <source>Recorded by</source>
            <translation>登记人</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>案件</translation>
        </message>
        <message>
            <source>Applicant</source>
            <translation>申请人</translation>
        </message>
        <message>
            <source>Respondent</source>
            <translation>被申请人</translation>
        </message>
        <message>
            <source>Agent</source>
            <translation>委托代理人</translation>
        </message>
        <message>
            <source>Claim</source>
            <translation>请求事项</translation>
        </message>
        <message>
            <source>Mediator</source>
            <translation>调解员</translation>
        </message>
        <message>
            <source>Operator</source>
            <translation>操作员</translation>
        </message>
        <message>
            <source>Setting</source>
            <translation>设置项</translation>
        </message>
        <message>
            <source>Holiday table</source>
            <translation>节假日表</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>新建</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>修改</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Claim type</source>
            <translation>请求类别</translation>
        </message>
        <message>
            <source>Name of the respondent</source>
            <translation>被申请人名称</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>联系电话</translation>
        </message>
        <message>
            <source>Mediator role</source>
            <translation>调解员角色</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Case number</source>
            <translation>案件编号</translation>
        </message>
        <message>
            <source>Received on</source>
            <translation>收案日期</translation>
        </message>
        <message>
            <source>Application form</source>
            <translation>申请方式</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>Dispute type</source>
            <translation>争议类型</translation>
        </message>
        <message>
            <source>Facts and reasons</source>
            <translation>事实与理由</translation>
        </message>
        <message>
            <source>External no.</source>
            <translation>外部编号/流水号</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Accepted on</source>
            <translation>受理日期</translation>
        </message>
        <message>
            <source>Closed on</source>
            <translation>结案日期</translation>
        </message>
        <message>
            <source>Reason for closing</source>
            <translation>结案原因</translation>
        </message>
        <message>
            <source>Acceptance due</source>
            <translation>受理期限</translation>
        </message>
        <message>
            <source>Mediation due</source>
            <translation>调解期限</translation>
        </message>
        <message>
            <source>Voided on</source>
            <translation>作废日期</translation>
        </message>
        <message>
            <source>Reason for voiding</source>
            <translation>作废原因</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>性别</translation>
        </message>
        <message>
            <source>ID type</source>
            <translation>证件类型</translation>
        </message>
        <message>
            <source>ID number</source>
            <translation>证件号码</translation>
        </message>
        <message>
            <source>Migrant worker</source>
            <translation>农民工</translation>
        </message>
        <message>
            <source>Joined</source>
            <translation>入职日期</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>离职日期</translation>
        </message>
        <message>
            <source>Job</source>
            <translation>岗位</translation>
        </message>
        <message>
            <source>Monthly wage</source>
            <translation>月工资</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>住址</translation>
        </message>
        <message>
            <source>Representative</source>
            <translation>代表人</translation>
        </message>
        <message>
            <source>Unified social credit code</source>
            <translation>统一社会信用代码</translation>
        </message>
        <message>
            <source>Legal representative</source>
            <translation>法定代表人</translation>
        </message>
        <message>
            <source>Industry</source>
            <translation>行业</translation>
        </message>
        <message>
            <source>Role in the chain</source>
            <translation>链条角色</translation>
        </message>
        <message>
            <source>Acts for</source>
            <translation>代理方</translation>
        </message>
        <message>
            <source>Principal</source>
            <translation>被代理人</translation>
        </message>
        <message>
            <source>Relation</source>
            <translation>与当事人关系</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>内容</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Period from</source>
            <translation>期间自</translation>
        </message>
        <message>
            <source>Period to</source>
            <translation>期间至</translation>
        </message>
        <message>
            <source>Staff member</source>
            <translation>工作人员</translation>
        </message>
        <message>
            <source>Certificate no.</source>
            <translation>调解员证号</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>在用</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>序号</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>值</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>No</source>
            <translation>否</translation>
        </message>
    </context>
    <context>
        <name>CalendarModel</name>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
    </context>
    <context>
        <name>CaseDetailDialog</name>
        <message>
            <source>Edit</source>
            <translation>编辑</translation>
        </message>
        <message>
            <source>Void…</source>
            <translation>作废…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Case {number}</source>
            <translation>案件 {number}</translation>
        </message>
        <message>
            <source>Voided on {date}: {reason}</source>
            <translation>已于{date}作废：{reason}</translation>
        </message>
        <message>
            <source>Void case</source>
            <translation>作废案件</translation>
        </message>
        <message>
            <source>Really void case {number}? This cannot be undone.</source>
            <translation>确定作废案件{number}吗？作废后不能恢复。</translation>
        </message>
    </context>
    <context>
        <name>CaseListModel</name>
        <message>
            <source>Case number</source>
            <translation>案件编号</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>收案日期</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Dispute type</source>
            <translation>争议类型</translation>
        </message>
        <message>
            <source>Applicants</source>
            <translation>申请人</translation>
        </message>
        <message>
            <source>Respondents</source>
            <translation>被申请人</translation>
        </message>
        <message>
            <source>Amount claimed</source>
            <translation>请求金额</translation>
        </message>
        <message>
            <source>Lead mediator</source>
            <translation>主办调解员</translation>
        </message>
        <message>
            <source>Mediation due</source>
            <translation>调解期限</translation>
        </message>
        <message>
            <source>(deleted)</source>
            <translation>（已删除）</translation>
        </message>
        <message>
            <source>Overdue: not accepted by {date}</source>
            <translation>已超期：应于{date}前决定是否受理</translation>
        </message>
        <message>
            <source>Overdue: mediation was due on {date}</source>
            <translation>已超期：调解期限为{date}</translation>
        </message>
    </context>
    <context>
        <name>CaseListWidget</name>
        <message>
            <source>Search: name, ID number, phone, employer, credit code or case number</source>
            <translation>搜索：姓名、身份证号、电话、单位名称、信用代码或案件编号</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>全部状态</translation>
        </message>
        <message>
            <source>Open cases</source>
            <translation>未结案件</translation>
        </message>
        <message>
            <source>All dispute types</source>
            <translation>全部争议类型</translation>
        </message>
        <message>
            <source>All mediators</source>
            <translation>全部调解员</translation>
        </message>
        <message>
            <source>Received from</source>
            <translation>收案日期从</translation>
        </message>
        <message>
            <source>Overdue only</source>
            <translation>仅看超期</translation>
        </message>
        <message>
            <source>Collective only</source>
            <translation>仅看集体争议</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>清除条件</translation>
        </message>
        <message>
            <source>to</source>
            <translation>至</translation>
        </message>
    </context>
    <context>
        <name>ClaimsTab</name>
        <message>
            <source>Claims</source>
            <translation>请求事项</translation>
        </message>
    </context>
    <context>
        <name>Crash</name>
        <message>
            <source>Program error</source>
            <translation>程序错误</translation>
        </message>
        <message>
            <source>Something went wrong inside the program. What you saved is safe, and unsaved input in open forms is kept as a draft.

Please tell the person who looks after this computer and give them the log file:
{path}</source>
            <translation>程序内部出现错误。已保存的数据是安全的，打开的表单中未保存的内容已作为草稿保留。

请告知负责维护这台电脑的人员，并把日志文件交给他：
{path}</translation>
        </message>
    </context>
    <context>
        <name>DocumentDialog</name>
        <message>
            <source>Print…</source>
            <translation>打印…</translation>
        </message>
        <message>
            <source>Save as…</source>
            <translation>另存为…</translation>
        </message>
        <message>
            <source>Verify…</source>
            <translation>核对…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Print {title}</source>
            <translation>打印{title}</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>打印</translation>
        </message>
        <message>
            <source>The printer could not be started. Nothing was printed.</source>
            <translation>无法启动打印机，没有打印任何内容。</translation>
        </message>
        <message>
            <source>Save document</source>
            <translation>保存文书</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF文件 (*.pdf)</translation>
        </message>
        <message>
            <source>The file could not be saved: {error}</source>
            <translation>文件无法保存：{error}</translation>
        </message>
        <message>
            <source>Choose a PDF to verify</source>
            <translation>选择要核对的PDF文件</translation>
        </message>
        <message>
            <source>Verify</source>
            <translation>核对</translation>
        </message>
        <message>
            <source>The file could not be read: {error}</source>
            <translation>文件无法读取：{error}</translation>
        </message>
    </context>
    <context>
        <name>DocumentsModel</name>
        <message>
            <source>Generated</source>
            <translation>生成时间</translation>
        </message>
        <message>
            <source>Operator</source>
            <translation>操作人</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>文书</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>页数</translation>
        </message>
        <message>
            <source>Verification code</source>
            <translation>核验码</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>签署</translation>
        </message>
        <message>
            <source>Signed {date}</source>
            <translation>已签署（{date}）</translation>
        </message>
        <message>
            <source>Not signed</source>
            <translation>未签署</translation>
        </message>
        <message>
            <source>Scans</source>
            <translation>扫描件</translation>
        </message>
    </context>
    <context>
        <name>DocumentsTab</name>
        <message>
            <source>Documents</source>
            <translation>文书</translation>
        </message>
        <message>
            <source>Documents of this case</source>
            <translation>可生成的文书</translation>
        </message>
        <message>
            <source>Generated documents</source>
            <translation>已生成的文书</translation>
        </message>
        <message>
            <source>Preview / print…</source>
            <translation>预览/打印…</translation>
        </message>
        <message>
            <source>Open…</source>
            <translation>查看…</translation>
        </message>
        <message>
            <source>Mark as signed…</source>
            <translation>标记为已签署…</translation>
        </message>
        <message>
            <source>Mark as signed</source>
            <translation>标记为已签署</translation>
        </message>
        <message>
            <source>Attach scan…</source>
            <translation>附加扫描件…</translation>
        </message>
        <message>
            <source>View scan…</source>
            <translation>查看扫描件…</translation>
        </message>
        <message>
            <source>View scan</source>
            <translation>查看扫描件</translation>
        </message>
        <message>
            <source>Which scan?</source>
            <translation>查看哪一份扫描件？</translation>
        </message>
        <message>
            <source>Verify a PDF…</source>
            <translation>核对PDF…</translation>
        </message>
        <message>
            <source>Open document</source>
            <translation>查看文书</translation>
        </message>
        <message>
            <source>Open file</source>
            <translation>打开文件</translation>
        </message>
        <message>
            <source>Only the signed text of an agreement is kept on file; this PDF was made before the program was last started. Generate the document again to print it (it gets a new verification code).</source>
            <translation>存档只保存已签署的调解协议书原文；这份PDF是在本次启动程序之前生成的，未保存其内容。如需打印，请重新生成（会得到新的核验码）。</translation>
        </message>
        <message>
            <source>Choose the PDF that was printed and signed</source>
            <translation>选择当时打印并签署的那份PDF</translation>
        </message>
        <message>
            <source>Choose the scan of the signed paper</source>
            <translation>选择签署文本的扫描件</translation>
        </message>
        <message>
            <source>PDF or image files ({patterns})</source>
            <translation>PDF或图片文件（{patterns}）</translation>
        </message>
        <message>
            <source>Mark “{title}” (generated {time}, verification code {code}) as signed by the parties? The exact PDF that was printed is kept on file; it cannot be undone.</source>
            <translation>将“{title}”（{time}生成，核验码{code}）登记为当事人已签署？打印的那份PDF将原样存档，登记后不能撤销。</translation>
        </message>
    </context>
    <context>
        <name>ImageDialog</name>
        <message>
            <source>This image cannot be shown.</source>
            <translation>无法显示这张图片。</translation>
        </message>
    </context>
    <context>
        <name>DocumentSettingsTab</name>
        <message>
            <source> applicants</source>
            <translation> 人时使用</translation>
        </message>
        <message>
            <source>Arabic figures (2026年3月5日)</source>
            <translation>阿拉伯数字（2026年3月5日）</translation>
        </message>
        <message>
            <source>Chinese numerals (二〇二六年三月五日)</source>
            <translation>汉字数字（二〇二六年三月五日）</translation>
        </message>
        <message>
            <source>Empty: the built-in list (simfang.ttf, simsun.ttc, SimSun-ExtB, AR PL UMing, WenQuanYi, HanaMin …)</source>
            <translation>留空：使用内置列表（simfang.ttf、simsun.ttc、SimSun-ExtB、AR PL UMing、文泉驿、花园明朝……）</translation>
        </message>
        <message>
            <source>Font search list</source>
            <translation>字体搜索列表</translation>
        </message>
        <message>
            <source>One font file a line, by name (simsun.ttc) or full path, in the order they are tried. A character no listed font can draw is reported before printing.</source>
            <translation>每行一个字体文件，写文件名（如 simsun.ttc）或完整路径，按先后顺序查找。列表中所有字体都无法显示的字符，会在打印前报告。</translation>
        </message>
        <message>
            <source>Roster annex above</source>
            <translation>申请人名册附表：多于</translation>
        </message>
        <message>
            <source>Session records</source>
            <translation>调解笔录</translation>
        </message>
        <message>
            <source>Signature dates</source>
            <translation>落款日期</translation>
        </message>
        <message>
            <source>Signature lines for all present on every page of a session record</source>
            <translation>调解笔录每一页都印出到场人员签名栏</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Documents</source>
            <translation>文书</translation>
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Operator</source>
            <translation>操作员</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>对象</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>字段</translation>
        </message>
        <message>
            <source>Old value</source>
            <translation>原值</translation>
        </message>
        <message>
            <source>New value</source>
            <translation>新值</translation>
        </message>
    </context>
    <context>
        <name>HistoryTab</name>
        <message>
            <source>No changes recorded for this case (cases imported in bulk start without history).</source>
            <translation>此案件还没有修改记录（批量导入的案件没有历史记录）。</translation>
        </message>
        <message>
            <source>History</source>
            <translation>历史记录</translation>
        </message>
    </context>
    <context>
        <name>HolidaysTab</name>
        <message>
            <source>e.g. Spring Festival</source>
            <translation>例如：春节</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>添加</translation>
        </message>
        <message>
            <source>Remove selected</source>
            <translation>删除选中项</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>年份</translation>
        </message>
        <message>
            <source>Deadlines of {n} open cases were recalculated.</source>
            <translation>已重新计算{n}件未结案件的期限。</translation>
        </message>
    </context>
    <context>
        <name>IntakeData</name>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>性别</translation>
        </message>
        <message>
            <source>ID number</source>
            <translation>证件号码</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>联系电话</translation>
        </message>
        <message>
            <source>Migrant worker</source>
            <translation>农民工</translation>
        </message>
        <message>
            <source>Joined</source>
            <translation>入职日期</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>离职日期</translation>
        </message>
        <message>
            <source>Job</source>
            <translation>岗位</translation>
        </message>
        <message>
            <source>Monthly wage</source>
            <translation>月工资</translation>
        </message>
        <message>
            <source>ID type</source>
            <translation>证件类型</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>住址</translation>
        </message>
        <message>
            <source>Representative</source>
            <translation>代表人</translation>
        </message>
        <message>
            <source>Company or name</source>
            <translation>单位名称或姓名</translation>
        </message>
        <message>
            <source>Unified social credit code</source>
            <translation>统一社会信用代码</translation>
        </message>
        <message>
            <source>Legal representative</source>
            <translation>法定代表人</translation>
        </message>
        <message>
            <source>Industry</source>
            <translation>行业</translation>
        </message>
        <message>
            <source>Role in the chain</source>
            <translation>链条角色</translation>
        </message>
        <message>
            <source>Acts for</source>
            <translation>代理方</translation>
        </message>
        <message>
            <source>Principal</source>
            <translation>被代理人</translation>
        </message>
        <message>
            <source>Relation</source>
            <translation>与当事人关系</translation>
        </message>
        <message>
            <source>Applicant</source>
            <translation>申请人</translation>
        </message>
        <message>
            <source>Claim type</source>
            <translation>请求类别</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>内容</translation>
        </message>
        <message>
            <source>Amount (yuan)</source>
            <translation>金额（元）</translation>
        </message>
        <message>
            <source>Period from</source>
            <translation>期间自</translation>
        </message>
        <message>
            <source>Period to</source>
            <translation>期间至</translation>
        </message>
        <message>
            <source>Total claimed: {total} yuan</source>
            <translation>请求金额合计：{total}元</translation>
        </message>
        <message>
            <source>; </source>
            <translation>；</translation>
        </message>
        <message>
            <source> ({parts})</source>
            <translation>（{parts}）</translation>
        </message>
        <message>
            <source>Applicant {n}</source>
            <translation>第{n}名申请人</translation>
        </message>
        <message>
            <source>Respondent {n}</source>
            <translation>第{n}名被申请人</translation>
        </message>
        <message>
            <source>Agent {n}</source>
            <translation>第{n}名委托代理人</translation>
        </message>
        <message>
            <source>Claim {n}</source>
            <translation>第{n}项请求</translation>
        </message>
        <message>
            <source> ({name})</source>
            <translation>（{name}）</translation>
        </message>
        <message>
            <source>{row}: {what}: {problem}</source>
            <translation>{row}的{what}有误：{problem}</translation>
        </message>
        <message>
            <source>The date received is not a valid date</source>
            <translation>收案日期不是有效日期，请重新选择</translation>
        </message>
    </context>
    <context>
        <name>IntakeForm</name>
        <message>
            <source>Remove rows</source>
            <translation>删除行</translation>
        </message>
        <message>
            <source>Remove the {count} selected row(s) and what was typed in them?</source>
            <translation>确定删除所选的{count}行及其中已填写的内容吗？</translation>
        </message>
        <message>
            <source>New case</source>
            <translation>新建案件</translation>
        </message>
        <message>
            <source>Edit case {number}</source>
            <translation>编辑案件 {number}</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— 请选择 —</translation>
        </message>
        <message>
            <source>Serial number of an online application</source>
            <translation>网上申请的流水号或转办编号</translation>
        </message>
        <message>
            <source>What happened and what the applicants ask for, in their words</source>
            <translation>申请人陈述的事实经过和请求理由</translation>
        </message>
        <message>
            <source>Received on</source>
            <translation>收案日期</translation>
        </message>
        <message>
            <source>Application form</source>
            <translation>申请方式</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>Dispute type</source>
            <translation>争议类型</translation>
        </message>
        <message>
            <source>External no.</source>
            <translation>外部编号/流水号</translation>
        </message>
        <message>
            <source>Lead mediator</source>
            <translation>主办调解员</translation>
        </message>
        <message>
            <source>Facts and reasons</source>
            <translation>事实与理由</translation>
        </message>
        <message>
            <source>Save (Ctrl+S)</source>
            <translation>保存（Ctrl+S）</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Paste from Excel</source>
            <translation>从Excel粘贴</translation>
        </message>
        <message>
            <source>Copy rows in Excel and paste them here (Ctrl+V). Columns: name, sex, ID number, phone, migrant worker, joined, left, job, monthly wage.</source>
            <translation>在Excel中复制若干行后粘贴到这里（Ctrl+V）。列顺序：姓名、性别、证件号码、联系电话、农民工、入职日期、离职日期、岗位、月工资。</translation>
        </message>
        <message>
            <source>(not assigned)</source>
            <translation>（未指定）</translation>
        </message>
        <message>
            <source>(whole side)</source>
            <translation>（该方全体）</translation>
        </message>
        <message>
            <source>Collective dispute: {n} applicants. Tick the representatives they elected in the column “Representative”.</source>
            <translation>集体劳动争议：共{n}名申请人。请在“代表人”一列勾选推举的代表人。</translation>
        </message>
        <message>
            <source>Pasted {n} applicants</source>
            <translation>已粘贴{n}名申请人</translation>
        </message>
        <message>
            <source>{applicants} applicants · claimed {total} yuan</source>
            <translation>申请人{applicants}名 · 请求金额{total}元</translation>
        </message>
        <message>
            <source>Applicants ({n})</source>
            <translation>申请人（{n}）</translation>
        </message>
        <message>
            <source>Respondents ({n})</source>
            <translation>被申请人（{n}）</translation>
        </message>
        <message>
            <source>Agents ({n})</source>
            <translation>委托代理人（{n}）</translation>
        </message>
        <message>
            <source>Claims ({n})</source>
            <translation>请求事项（{n}）</translation>
        </message>
        <message>
            <source>Not saved: {n} problems to correct (marked in red)</source>
            <translation>未保存：有{n}处需要更正（已用红色标出）</translation>
        </message>
        <message>
            <source>Please check</source>
            <translation>请核对</translation>
        </message>
        <message>
            <source>Please note:
{warnings}

Save anyway?</source>
            <translation>请注意：
{warnings}

仍然保存吗？</translation>
        </message>
        <message>
            <source>Saved by someone else</source>
            <translation>已被他人修改</translation>
        </message>
        <message>
            <source>Could not save a draft: {error}</source>
            <translation>无法保存草稿：{error}</translation>
        </message>
        <message>
            <source>Draft kept automatically at {time}</source>
            <translation>已于{time}自动保存草稿</translation>
        </message>
        <message>
            <source>Unsaved input</source>
            <translation>有未保存的内容</translation>
        </message>
        <message>
            <source>This form has input that is not saved. Save it now?</source>
            <translation>此表单中有尚未保存的内容。现在保存吗？</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Employers</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Labour dispute mediation cases</source>
            <translation>劳动争议调解案件管理</translation>
        </message>
        <message>
            <source>New case</source>
            <translation>新建案件</translation>
        </message>
        <message>
            <source>Open case</source>
            <translation>打开案件</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>主工具栏</translation>
        </message>
        <message>
            <source>Enter holidays…</source>
            <translation>录入节假日…</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>正在加载…</translation>
        </message>
        <message>
            <source>Operator: {name}</source>
            <translation>操作员：{name}</translation>
        </message>
        <message>
            <source>Database: {path}</source>
            <translation>数据库：{path}</translation>
        </message>
        <message>
            <source>{n} cases</source>
            <translation>共{n}件</translation>
        </message>
        <message>
            <source>Unsaved input found</source>
            <translation>发现未保存的录入</translation>
        </message>
        <message>
            <source>The program was closed before this input was saved:
{drafts}

Open it again to check and save it?</source>
            <translation>程序上次关闭时，以下录入内容尚未保存：
{drafts}

现在重新打开，核对后保存吗？</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>首页</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>案件</translation>
        </message>
    </context>
    <context>
        <name>OfficeTab</name>
        <message>
            <source> working days</source>
            <translation>个工作日</translation>
        </message>
        <message>
            <source> days</source>
            <translation>日</translation>
        </message>
        <message>
            <source>Placeholders: {简称} short name, {年} year, {n} running number.</source>
            <translation>占位符：{简称} 机构简称，{年} 年份，{n} 序号。</translation>
        </message>
        <message>
            <source>Name of the mediation committee</source>
            <translation>调解组织名称</translation>
        </message>
        <message>
            <source>Short name</source>
            <translation>机构简称</translation>
        </message>
        <message>
            <source>Case number pattern</source>
            <translation>案件编号格式</translation>
        </message>
        <message>
            <source>Next number</source>
            <translation>下一个编号</translation>
        </message>
        <message>
            <source>Time to accept</source>
            <translation>受理审查期限</translation>
        </message>
        <message>
            <source>Time to mediate</source>
            <translation>调解期限</translation>
        </message>
        <message>
            <source>Interface language (this computer)</source>
            <translation>界面语言（本机）</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>界面语言</translation>
        </message>
        <message>
            <source>The new language is used from the next start of the program.</source>
            <translation>新的界面语言将在下次启动程序时生效。</translation>
        </message>
    </context>
    <context>
        <name>OperatorPicker</name>
        <message>
            <source>Who is working?</source>
            <translation>请选择操作员</translation>
        </message>
        <message>
            <source>Add an operator</source>
            <translation>添加操作员</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>添加</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>开始</translation>
        </message>
        <message>
            <source>Choose your name. Your changes are recorded under it.</source>
            <translation>请选择您的姓名，您所做的修改将以此姓名记录。</translation>
        </message>
        <message>
            <source>No operators yet. Add yourself below: your name is recorded with every change you make.</source>
            <translation>还没有操作员。请先在下面添加您自己：您所做的每一项修改都会记录您的姓名。</translation>
        </message>
    </context>
    <context>
        <name>OperatorsTab</name>
        <message>
            <source>Add…</source>
            <translation>添加…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>编辑…</translation>
        </message>
        <message>
            <source>Deactivate</source>
            <translation>停用</translation>
        </message>
        <message>
            <source>Deactivated operators stay in the history and on their cases, but can no longer be chosen at start-up or as lead mediator.</source>
            <translation>停用的人员仍保留在历史记录和其经办的案件中，但不能再在启动时选择，也不能再被指定为主办调解员。</translation>
        </message>
        <message>
            <source>Reactivate</source>
            <translation>重新启用</translation>
        </message>
    </context>
    <context>
        <name>Ops</name>
        <message>
            <source>Cannot do this</source>
            <translation>无法完成操作</translation>
        </message>
    </context>
    <context>
        <name>OverviewTab</name>
        <message>
            <source>Case number</source>
            <translation>案件编号</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Received on</source>
            <translation>收案日期</translation>
        </message>
        <message>
            <source>Dispute type</source>
            <translation>争议类型</translation>
        </message>
        <message>
            <source>Application form</source>
            <translation>申请方式</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>External no.</source>
            <translation>外部编号/流水号</translation>
        </message>
        <message>
            <source>Lead mediator</source>
            <translation>主办调解员</translation>
        </message>
        <message>
            <source>Acceptance due</source>
            <translation>受理期限</translation>
        </message>
        <message>
            <source>Mediation due</source>
            <translation>调解期限</translation>
        </message>
        <message>
            <source>Accepted on</source>
            <translation>受理日期</translation>
        </message>
        <message>
            <source>Closed on</source>
            <translation>结案日期</translation>
        </message>
        <message>
            <source>Amount claimed</source>
            <translation>请求金额</translation>
        </message>
        <message>
            <source>Facts and reasons</source>
            <translation>事实与理由</translation>
        </message>
        <message>
            <source>Last saved</source>
            <translation>最后保存</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>概况</translation>
        </message>
        <message>
            <source>{amount} yuan</source>
            <translation>{amount}元</translation>
        </message>
        <message>
            <source>{date} (overdue)</source>
            <translation>{date}（已超期）</translation>
        </message>
    </context>
    <context>
        <name>PartiesTab</name>
        <message>
            <source>Respondents</source>
            <translation>被申请人</translation>
        </message>
        <message>
            <source>Agents</source>
            <translation>委托代理人</translation>
        </message>
        <message>
            <source>(whole side)</source>
            <translation>（该方全体）</translation>
        </message>
        <message>
            <source>Parties</source>
            <translation>当事人</translation>
        </message>
        <message>
            <source>Applicants ({n})</source>
            <translation>申请人（{n}）</translation>
        </message>
        <message>
            <source> — collective dispute</source>
            <translation> — 集体劳动争议</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <source>Office</source>
            <translation>机构信息</translation>
        </message>
        <message>
            <source>Operators</source>
            <translation>操作员</translation>
        </message>
        <message>
            <source>Holidays</source>
            <translation>节假日</translation>
        </message>
        <message>
            <source>Operators and holidays are saved as soon as you change them.</source>
            <translation>操作员和节假日的修改会立即保存。</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <source>Cannot open the database</source>
            <translation>无法打开数据库</translation>
        </message>
        <message>
            <source>Welcome</source>
            <translation>欢迎使用</translation>
        </message>
        <message>
            <source>Before the first case, please enter your committee's full name and short name. They are printed on every document and form part of every case number.</source>
            <translation>登记第一件案件之前，请先填写本调解组织的全称和简称：它们会印在每一份文书上，并用于案件编号。</translation>
        </message>
    </context>
    <context>
        <name>TablePanel</name>
        <message>
            <source>Add row</source>
            <translation>添加一行</translation>
        </message>
        <message>
            <source>Remove selected rows</source>
            <translation>删除选中行</translation>
        </message>
    </context>
    <context>
        <name>UserDialog</name>
        <message>
            <source>Edit operator</source>
            <translation>编辑操作员</translation>
        </message>
        <message>
            <source>Add operator</source>
            <translation>添加操作员</translation>
        </message>
        <message>
            <source>Active (can log in and lead cases)</source>
            <translation>在用（可登录、可主办案件）</translation>
        </message>
    </context>
    <context>
        <name>UserForm</name>
        <message>
            <source>Mediator certificate, if any</source>
            <translation>调解员证号（如有）</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Certificate no.</source>
            <translation>调解员证号</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>联系电话</translation>
        </message>
    </context>
    <context>
        <name>UsersModel</name>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Certificate no.</source>
            <translation>调解员证号</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>联系电话</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>在用</translation>
        </message>
        <message>
            <source>Deactivated</source>
            <translation>已停用</translation>
        </message>
    </context>
    <context>
        <name>VoidDialog</name>
        <message>
            <source>Void case</source>
            <translation>作废案件</translation>
        </message>
        <message>
            <source>For example: registered twice by mistake</source>
            <translation>例如：误重复登记</translation>
        </message>
        <message>
            <source>Case {number} will leave the case list. Its number stays used and is never given to another case. Why is it voided?</source>
            <translation>案件{number}将从案件列表中移除。其编号仍视为已用，不会分配给其他案件。作废原因是什么？</translation>
        </message>
    </context>
    <context>
        <name>TodoModel</name>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Case number</source>
            <translation>案号</translation>
        </message>
        <message>
            <source>What to do</source>
            <translation>待办事项</translation>
        </message>
        <message>
            <source>{date} (overdue)</source>
            <translation>{date}（已逾期）</translation>
        </message>
    </context>
    <context>
        <name>TodoGroup</name>
        <message>
            <source>{title} ({n}, {overdue} overdue)</source>
            <translation>{title}（{n}项，其中逾期{overdue}项）</translation>
        </message>
        <message>
            <source>{title} ({n})</source>
            <translation>{title}（{n}项）</translation>
        </message>
    </context>
    <context>
        <name>TodoBoard</name>
        <message>
            <source>Employer early warning</source>
            <translation>单位预警</translation>
        </message>
        <message>
            <source>Performance (instalments)</source>
            <translation>履行（分期付款）</translation>
        </message>
        <message>
            <source>Session agenda…</source>
            <translation>调解日程…</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>Acceptance decisions</source>
            <translation>受理决定</translation>
        </message>
        <message>
            <source>Mediation time limits</source>
            <translation>调解期限</translation>
        </message>
        <message>
            <source>Sessions today and this week</source>
            <translation>今日及本周调解</translation>
        </message>
        <message>
            <source>Follow-up visits</source>
            <translation>回访</translation>
        </message>
        <message>
            <source>To do on {date}: {n} items, {overdue} overdue</source>
            <translation>{date} 待办：共{n}项，其中逾期{overdue}项</translation>
        </message>
    </context>
    <context>
        <name>AgendaDialog</name>
        <message>
            <source>Session agenda</source>
            <translation>调解日程</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>打印…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Sessions from {start} to {end}</source>
            <translation>调解日程（{start} 至 {end}）</translation>
        </message>
    </context>
    <context>
        <name>AcceptanceDialog</name>
        <message>
            <source>Accept the application</source>
            <translation>受理申请</translation>
        </message>
        <message>
            <source>Consent given on</source>
            <translation>表态日期</translation>
        </message>
        <message>
            <source>Decided on</source>
            <translation>决定日期</translation>
        </message>
        <message>
            <source>Explanation</source>
            <translation>说明</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>理由</translation>
        </message>
        <message>
            <source>Refuse to accept</source>
            <translation>不予受理</translation>
        </message>
        <message>
            <source>Respondent's consent</source>
            <translation>被申请人是否同意调解</translation>
        </message>
    </context>
    <context>
        <name>AgreementEditor</name>
        <message>
            <source>Add term</source>
            <translation>添加条款</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Copies</source>
            <translation>协议份数</translation>
        </message>
        <message>
            <source>Mediation agreement</source>
            <translation>调解协议</translation>
        </message>
        <message>
            <source>Mediation agreement (new, not saved)</source>
            <translation>调解协议（新建，尚未保存）</translation>
        </message>
        <message>
            <source>Mediation agreement {number}</source>
            <translation>调解协议 {number}</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>上移</translation>
        </message>
        <message>
            <source>Preamble (optional)</source>
            <translation>协议前言（可不填）</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>删除条款</translation>
        </message>
        <message>
            <source>Replace selected</source>
            <translation>替换所选条款</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>Signed on {date}: the agreement is effective and its terms cannot be edited. Changes go into a supplementary agreement.</source>
            <translation>已于{date}签订：协议已生效，条款不能再修改。如需变更，请签订补充协议。</translation>
        </message>
        <message>
            <source>Sign…</source>
            <translation>签订…</translation>
        </message>
        <message>
            <source>Supplementary agreement</source>
            <translation>补充协议</translation>
        </message>
        <message>
            <source>Supplementary agreement (new, not saved)</source>
            <translation>补充协议（新建，尚未保存）</translation>
        </message>
        <message>
            <source>Supplementary agreement no. {seq}</source>
            <translation>第{seq}号补充协议</translation>
        </message>
        <message>
            <source>{kind} (not signed)</source>
            <translation>{kind}（未签订）</translation>
        </message>
        <message>
            <source>{kind} (signed {date})</source>
            <translation>{kind}（{date}签订）</translation>
        </message>
    </context>
    <context>
        <name>CloseDialog</name>
        <message>
            <source>Close the case</source>
            <translation>结案</translation>
        </message>
        <message>
            <source>How it ends</source>
            <translation>结案方式</translation>
        </message>
        <message>
            <source>Mediation failed</source>
            <translation>调解不成</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>理由</translation>
        </message>
    </context>
    <context>
        <name>DatedNoteDialog</name>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
    </context>
    <context>
        <name>ExtendDialog</name>
        <message>
            <source>Current due date</source>
            <translation>当前调解期限</translation>
        </message>
        <message>
            <source>Extend the mediation time limit</source>
            <translation>延长调解期限</translation>
        </message>
        <message>
            <source>New due date</source>
            <translation>延长至</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Parties agreed on</source>
            <translation>双方同意延期的日期</translation>
        </message>
    </context>
    <context>
        <name>ExtensionsModel</name>
        <message>
            <source>New due date</source>
            <translation>延长至</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Parties agreed on</source>
            <translation>双方同意日期</translation>
        </message>
        <message>
            <source>Previous due date</source>
            <translation>原期限</translation>
        </message>
    </context>
    <context>
        <name>FollowUpDialog</name>
        <message>
            <source>Finding</source>
            <translation>履行情况</translation>
        </message>
        <message>
            <source>Follow-up visit</source>
            <translation>回访</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Person contacted</source>
            <translation>回访对象</translation>
        </message>
        <message>
            <source>Visit again on</source>
            <translation>下次回访</translation>
        </message>
        <message>
            <source>Visited on</source>
            <translation>回访日期</translation>
        </message>
    </context>
    <context>
        <name>FollowUpsModel</name>
        <message>
            <source>Finding</source>
            <translation>履行情况</translation>
        </message>
        <message>
            <source>Next visit</source>
            <translation>下次回访</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Person contacted</source>
            <translation>回访对象</translation>
        </message>
        <message>
            <source>Visited on</source>
            <translation>回访日期</translation>
        </message>
    </context>
    <context>
        <name>HandlingTab</name>
        <message>
            <source>Acceptance due</source>
            <translation>受理期限</translation>
        </message>
        <message>
            <source>Accept…</source>
            <translation>受理…</translation>
        </message>
        <message>
            <source>Agreement…</source>
            <translation>调解协议…</translation>
        </message>
        <message>
            <source>Close case…</source>
            <translation>结案…</translation>
        </message>
        <message>
            <source>Extend time limit…</source>
            <translation>延长期限…</translation>
        </message>
        <message>
            <source>Extensions of the time limit</source>
            <translation>调解期限延长记录</translation>
        </message>
        <message>
            <source>Follow-up visits</source>
            <translation>回访记录</translation>
        </message>
        <message>
            <source>Follow-up visit…</source>
            <translation>回访…</translation>
        </message>
        <message>
            <source>Handling</source>
            <translation>办理</translation>
        </message>
        <message>
            <source>Mediation due</source>
            <translation>调解期限</translation>
        </message>
        <message>
            <source>Mediators: {names}</source>
            <translation>调解员：{names}</translation>
        </message>
        <message>
            <source>Mediators…</source>
            <translation>指派调解员…</translation>
        </message>
        <message>
            <source>New session record</source>
            <translation>新建调解笔录</translation>
        </message>
        <message>
            <source>Open record</source>
            <translation>打开笔录</translation>
        </message>
        <message>
            <source>Recusal request…</source>
            <translation>回避申请…</translation>
        </message>
        <message>
            <source>Refuse to accept…</source>
            <translation>不予受理…</translation>
        </message>
        <message>
            <source>Reopen…</source>
            <translation>重新开启…</translation>
        </message>
        <message>
            <source>Respondent refuses mediation</source>
            <translation>被申请人拒绝调解</translation>
        </message>
        <message>
            <source>Respondent refuses…</source>
            <translation>被申请人拒绝调解…</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>调解笔录</translation>
        </message>
        <message>
            <source>Status: {status}</source>
            <translation>状态：{status}</translation>
        </message>
        <message>
            <source>{date} (overdue)</source>
            <translation>{date}（已超期）</translation>
        </message>
        <message>
            <source>Status changes</source>
            <translation>状态变更记录</translation>
        </message>
        <message>
            <source>Recusal: {who} asked on {date} that {name} withdraw ({decision})</source>
            <translation>回避申请：{who}于{date}申请{name}回避（{decision}）</translation>
        </message>
    </context>
    <context>
        <name>MediatorsDialog</name>
        <message>
            <source>Assisting mediators</source>
            <translation>协办调解员</translation>
        </message>
        <message>
            <source>Chosen by the parties</source>
            <translation>由当事人选定</translation>
        </message>
        <message>
            <source>Mediator in charge</source>
            <translation>主办调解员</translation>
        </message>
        <message>
            <source>Mediators of the case</source>
            <translation>指派调解员</translation>
        </message>
        <message>
            <source>Recorder</source>
            <translation>记录人</translation>
        </message>
    </context>
    <context>
        <name>RecusalDialog</name>
        <message>
            <source>Against</source>
            <translation>申请回避的调解员</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>决定</translation>
        </message>
        <message>
            <source>Name of the requester</source>
            <translation>申请人姓名</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>理由</translation>
        </message>
        <message>
            <source>Recusal request</source>
            <translation>回避申请</translation>
        </message>
        <message>
            <source>Requested by</source>
            <translation>提出方</translation>
        </message>
        <message>
            <source>Requested on</source>
            <translation>申请日期</translation>
        </message>
    </context>
    <context>
        <name>ReopenDialog</name>
        <message>
            <source>Reason</source>
            <translation>理由</translation>
        </message>
        <message>
            <source>Reopen the case</source>
            <translation>重新开启案件</translation>
        </message>
        <message>
            <source>Why is the case reopened? (required)</source>
            <translation>为什么重新开启案件？（必填）</translation>
        </message>
    </context>
    <context>
        <name>AttendeesEditor</name>
        <message>
            <source>Add</source>
            <translation>添加</translation>
        </message>
        <message>
            <source>Add the parties</source>
            <translation>填入当事人</translation>
        </message>
        <message>
            <source>Adds the case's applicants, respondents and agents not yet listed</source>
            <translation>填入本案尚未列出的申请人、被申请人和委托代理人</translation>
        </message>
        <message>
            <source>Name, Enter adds</source>
            <translation>姓名，回车添加</translation>
        </message>
        <message>
            <source>Note or relation</source>
            <translation>备注或与当事人关系</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Replace</source>
            <translation>替换</translation>
        </message>
    </context>
    <context>
        <name>AttendeesModel</name>
        <message>
            <source>Attended as</source>
            <translation>身份</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Note / relation</source>
            <translation>备注／关系</translation>
        </message>
        <message>
            <source>Side</source>
            <translation>方别</translation>
        </message>
    </context>
    <context>
        <name>SessionEditor</name>
        <message>
            <source>Attended</source>
            <translation>到场人员</translation>
        </message>
        <message>
            <source>Asked about recusal</source>
            <translation>已询问是否申请回避</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Continue on</source>
            <translation>继续调解日期</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Draft saved {time}</source>
            <translation>草稿已保存 {time}</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>结束</translation>
        </message>
        <message>
            <source>Evidence shown</source>
            <translation>出示证据</translation>
        </message>
        <message>
            <source>Finish record</source>
            <translation>完成笔录</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>形式</translation>
        </message>
        <message>
            <source>Identities checked</source>
            <translation>已核对身份</translation>
        </message>
        <message>
            <source>Mediator in charge</source>
            <translation>主持调解员</translation>
        </message>
        <message>
            <source>Mediator's proposal</source>
            <translation>调解员方案</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>调解结果</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>地点</translation>
        </message>
        <message>
            <source>Record finished</source>
            <translation>笔录已完成</translation>
        </message>
        <message>
            <source>Recorder</source>
            <translation>记录人</translation>
        </message>
        <message>
            <source>Rights and duties explained</source>
            <translation>已告知权利义务</translation>
        </message>
        <message>
            <source>Session record no. {seq}</source>
            <translation>第{seq}次调解笔录</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>开始</translation>
        </message>
        <message>
            <source>Unsaved changes…</source>
            <translation>有未保存的修改…</translation>
        </message>
    </context>
    <context>
        <name>SessionsModel</name>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>草稿</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>次序</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>地点</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Turns</source>
            <translation>发言数</translation>
        </message>
    </context>
    <context>
        <name>SignDialog</name>
        <message>
            <source>Once signed, the agreement is effective and cannot be edited.</source>
            <translation>签订后协议即生效，不能再修改。</translation>
        </message>
        <message>
            <source>Sign the agreement</source>
            <translation>签订调解协议</translation>
        </message>
        <message>
            <source>Signed on</source>
            <translation>签订日期</translation>
        </message>
    </context>
    <context>
        <name>TermForm</name>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Amount in yuan</source>
            <translation>金额（元）</translation>
        </message>
        <message>
            <source>For example: the respondent issues a leaving certificate within 3 days</source>
            <translation>例如：被申请人于3日内为申请人出具离职证明</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>项目</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>方式</translation>
        </message>
        <message>
            <source>Pay by</source>
            <translation>给付期限</translation>
        </message>
        <message>
            <source>Payee</source>
            <translation>收款方</translation>
        </message>
        <message>
            <source>Payer</source>
            <translation>给付方</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>地点</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>条款内容</translation>
        </message>
    </context>
    <context>
        <name>TermsModel</name>
        <message>
            <source>Kind</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>序号</translation>
        </message>
        <message>
            <source>Term</source>
            <translation>条款</translation>
        </message>
    </context>
    <context>
        <name>TurnsEditor</name>
        <message>
            <source>Ctrl+1 mediator · Ctrl+2 applicant · Ctrl+3 respondent · Ctrl+4 other · Enter next turn · Up/Down correct a turn</source>
            <translation>Ctrl+1 调解员 · Ctrl+2 申请人 · Ctrl+3 被申请人 · Ctrl+4 其他 · Enter 下一段发言 · ↑/↓ 修改前后发言</translation>
        </message>
        <message>
            <source>Type what is said, Enter for the next turn; Ctrl+1..4 picks the speaker</source>
            <translation>输入发言内容，按 Enter 记下一段；Ctrl+1..4 选择发言人</translation>
        </message>
    </context>
    <context>
        <name>TurnsModel</name>
        <message>
            <source>Speaker</source>
            <translation>发言人</translation>
        </message>
        <message>
            <source>Words</source>
            <translation>发言内容</translation>
        </message>
    </context>
    <context>
        <name>StatusChangesModel</name>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>From</source>
            <translation>原状态</translation>
        </message>
        <message>
            <source>To</source>
            <translation>新状态</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>理由</translation>
        </message>
    </context>
    <context>
        <name>PerformanceTab</name>
        <message>
            <source>Agreed {agreed} yuan, paid {paid} yuan, outstanding {outstanding} yuan; fulfilment rate {rate}</source>
            <translation>协议金额{agreed}元，已付{paid}元，尚欠{outstanding}元；履行率{rate}</translation>
        </message>
        <message>
            <source>Correct payment</source>
            <translation>更正收款</translation>
        </message>
        <message>
            <source>Correct payment…</source>
            <translation>更正收款…</translation>
        </message>
        <message>
            <source>Correct the payment of {amount} yuan received on {day}?</source>
            <translation>确定更正{day}收到的{amount}元收款记录吗？</translation>
        </message>
        <message>
            <source>Delete payment</source>
            <translation>删除收款</translation>
        </message>
        <message>
            <source>Delete payment…</source>
            <translation>删除收款…</translation>
        </message>
        <message>
            <source>Delete the payment of {amount} yuan received on {day}?</source>
            <translation>确定删除{day}收到的{amount}元收款记录吗？</translation>
        </message>
        <message>
            <source>Instalments</source>
            <translation>分期给付</translation>
        </message>
        <message>
            <source>Legal basis: {basis}</source>
            <translation>依据：{basis}</translation>
        </message>
        <message>
            <source>Over-payment</source>
            <translation>超额登记</translation>
        </message>
        <message>
            <source>Overdue: routes open to the workers</source>
            <translation>已逾期：劳动者可选择的救济途径</translation>
        </message>
        <message>
            <source>Payments received</source>
            <translation>收款记录</translation>
        </message>
        <message>
            <source>Per worker</source>
            <translation>各申请人</translation>
        </message>
        <message>
            <source>Performance</source>
            <translation>履行</translation>
        </message>
        <message>
            <source>Please give the reason.</source>
            <translation>请填写理由。</translation>
        </message>
        <message>
            <source>Record payment…</source>
            <translation>登记收款…</translation>
        </message>
        <message>
            <source>Record the over-payment anyway?</source>
            <translation>是否仍要超额登记？</translation>
        </message>
        <message>
            <source>Select a payment first.</source>
            <translation>请先选择一条收款记录。</translation>
        </message>
        <message>
            <source>Select an instalment first.</source>
            <translation>请先选择一期款项。</translation>
        </message>
        <message>
            <source>Split among workers</source>
            <translation>分配到申请人</translation>
        </message>
        <message>
            <source>Split among workers…</source>
            <translation>分配到申请人…</translation>
        </message>
        <message>
            <source>The application needs the mediation agreement. Print it on the Documents tab now?</source>
            <translation>申请支付令需提交调解协议书。现在到“文书”页打印调解协议书吗？</translation>
        </message>
        <message>
            <source>The schedule of payments appears here once the case has a signed agreement with payment terms (sign it on the Handling tab).</source>
            <translation>本案签订含给付条款的调解协议后，这里显示分期给付和收款情况（在“办理”页签订协议）。</translation>
        </message>
        <message>
            <source>Why is more than what is owed recorded?</source>
            <translation>请填写超额登记的理由：</translation>
        </message>
        <message>
            <source>Why is this record deleted?</source>
            <translation>请填写删除该收款记录的理由：</translation>
        </message>
        <message>
            <source>overdue {amount} yuan</source>
            <translation>逾期未付{amount}元</translation>
        </message>
    </context>
    <context>
        <name>ReceiptDialog</name>
        <message>
            <source>Choose scan…</source>
            <translation>选择扫描件…</translation>
        </message>
        <message>
            <source>Correct a payment</source>
            <translation>更正收款</translation>
        </message>
        <message>
            <source>No scan</source>
            <translation>无扫描件</translation>
        </message>
        <message>
            <source>Reason for correction</source>
            <translation>更正理由</translation>
        </message>
        <message>
            <source>Record a payment</source>
            <translation>登记收款</translation>
        </message>
        <message>
            <source>Scans (*.pdf *.jpg *.jpeg *.png)</source>
            <translation>扫描件 (*.pdf *.jpg *.jpeg *.png)</translation>
        </message>
        <message>
            <source>Voucher no.</source>
            <translation>凭证号</translation>
        </message>
        <message>
            <source>Voucher scan</source>
            <translation>凭证扫描件</translation>
        </message>
        <message>
            <source>Why the record is corrected (required)</source>
            <translation>更正的原因（必填）</translation>
        </message>
        <message>
            <source>e.g. 64000 or 64,000.00</source>
            <translation>例如 64000 或 64,000.00</translation>
        </message>
        <message>
            <source>Received on</source>
            <translation>收款日期</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>付款方式</translation>
        </message>
        <message>
            <source>Amount (yuan)</source>
            <translation>金额（元）</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
    </context>
    <context>
        <name>ReceiptsModel</name>
        <message>
            <source>Over-payment recorded: {reason}</source>
            <translation>超额登记：{reason}</translation>
        </message>
        <message>
            <source>Recorded by</source>
            <translation>登记人</translation>
        </message>
        <message>
            <source>Scan</source>
            <translation>扫描件</translation>
        </message>
        <message>
            <source>Voucher no.</source>
            <translation>凭证号</translation>
        </message>
        <message>
            <source>Received on</source>
            <translation>收款日期</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额（元）</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>付款方式</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
    </context>
    <context>
        <name>ScheduleModel</name>
        <message>
            <source>No.</source>
            <translation>期次</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>约定日期</translation>
        </message>
        <message>
            <source>Last day to pay</source>
            <translation>最后付款日</translation>
        </message>
        <message>
            <source>Payer</source>
            <translation>给付方</translation>
        </message>
        <message>
            <source>Payee</source>
            <translation>收款方</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>应付（元）</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>已付（元）</translation>
        </message>
        <message>
            <source>Outstanding</source>
            <translation>尚欠（元）</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Not yet due</source>
            <translation>未到期</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>逾期</translation>
        </message>
        <message>
            <source>Paid in full</source>
            <translation>已付清</translation>
        </message>
        <message>
            <source>Partly paid</source>
            <translation>部分支付</translation>
        </message>
    </context>
    <context>
        <name>SplitDialog</name>
        <message>
            <source>Adds up to the {due} yuan due.</source>
            <translation>合计与本期应付{due}元一致。</translation>
        </message>
        <message>
            <source>An amount is not a valid number.</source>
            <translation>有金额不是有效的数字。</translation>
        </message>
        <message>
            <source>Split of instalment {n}</source>
            <translation>第{n}期款项的分配</translation>
        </message>
        <message>
            <source>Total differs from the {due} yuan due by {diff} yuan.</source>
            <translation>合计与本期应付{due}元相差{diff}元。</translation>
        </message>
        <message>
            <source>Worker</source>
            <translation>申请人</translation>
        </message>
        <message>
            <source>Amount (yuan)</source>
            <translation>金额（元）</translation>
        </message>
    </context>
    <context>
        <name>WorkerFiguresModel</name>
        <message>
            <source>Worker</source>
            <translation>申请人</translation>
        </message>
        <message>
            <source>Agreed</source>
            <translation>协议金额（元）</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>已付（元）</translation>
        </message>
        <message>
            <source>Outstanding</source>
            <translation>尚欠（元）</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>逾期未付（元）</translation>
        </message>
    </context>
    <context>
        <name>EmployersModel</name>
        <message>
            <source>Employer</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Credit code</source>
            <translation>统一社会信用代码</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>案件数</translation>
        </message>
        <message>
            <source>Workers</source>
            <translation>劳动者人数</translation>
        </message>
        <message>
            <source>Claimed</source>
            <translation>请求金额（元）</translation>
        </message>
        <message>
            <source>Agreed</source>
            <translation>协议金额（元）</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>已付（元）</translation>
        </message>
        <message>
            <source>Outstanding</source>
            <translation>尚欠（元）</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>逾期未付（元）</translation>
        </message>
        <message>
            <source>Fulfilment rate</source>
            <translation>履行率</translation>
        </message>
    </context>
    <context>
        <name>EmployerCasesModel</name>
        <message>
            <source>Case number</source>
            <translation>案件编号</translation>
        </message>
        <message>
            <source>Agreed</source>
            <translation>协议金额（元）</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>已付（元）</translation>
        </message>
        <message>
            <source>Outstanding</source>
            <translation>尚欠（元）</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>逾期未付（元）</translation>
        </message>
        <message>
            <source>Fulfilment rate</source>
            <translation>履行率</translation>
        </message>
    </context>
    <context>
        <name>EmployersDialog</name>
        <message>
            <source>Employers</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>案件</translation>
        </message>
        <message>
            <source>Cases against {name}</source>
            <translation>{name}的案件</translation>
        </message>
        <message>
            <source>{n} employers paying under agreements. Double-click an employer to list its cases, a case to open it.</source>
            <translation>共{n}家单位负有调解协议给付义务。双击单位列出其案件，双击案件打开。</translation>
        </message>
    </context>
    <context>
        <name>EarlyWarningBox</name>
        <message>
            <source>Employer early warning (to-do board)</source>
            <translation>单位预警（首页待办）</translation>
        </message>
        <message>
            <source> cases or more</source>
            <translation>件及以上</translation>
        </message>
        <message>
            <source> days</source>
            <translation>日</translation>
        </message>
        <message>
            <source>Warn about every open collective dispute</source>
            <translation>有正在办理的集体争议即预警</translation>
        </message>
        <message>
            <source>Cases against one employer</source>
            <translation>同一单位的案件数</translation>
        </message>
        <message>
            <source>Received within the last</source>
            <translation>收案期间（最近）</translation>
        </message>
    </context>
    <context>
        <name>BasesDialog</name>
        <message>
            <source>Bases of liability</source>
            <translation>责任依据</translation>
        </message>
        <message>
            <source>One basis per line, offered in the chain table. Line 1 is suggested for the employer and the actual builder, line 2 for a subcontractor, line 3 for the general contractor, line 4 for the client and line 6 for a team leader. Leave the list empty to restore the built-in wording.</source>
            <translation>每行一条责任依据，供用工链条表选用。第1行默认用于用人单位和实际施工人，第2行用于分包单位，第3行用于施工总承包单位，第4行用于建设单位，第6行用于班组长。清空列表则恢复软件自带的措辞。</translation>
        </message>
    </context>
    <context>
        <name>ArrearsTab</name>
        <message>
            <source>Wording of the bases…</source>
            <translation>责任依据措辞…</translation>
        </message>
        <message>
            <source>Who in the subcontracting chain answers for what</source>
            <translation>用工链条中谁对欠薪承担什么责任</translation>
        </message>
        <message>
            <source>Periods and evidence</source>
            <translation>欠薪期间与证据</translation>
        </message>
        <message>
            <source>Subcontracting chain</source>
            <translation>用工链条</translation>
        </message>
        <message>
            <source>Update claims from the ledger…</source>
            <translation>按台账更新请求事项…</translation>
        </message>
        <message>
            <source>Update claims</source>
            <translation>更新请求事项</translation>
        </message>
        <message>
            <source>Set each worker's wage claim to the amount claimed in the ledger (or, where none is entered, to what is outstanding)? Workers without periods and other claims stay as they are.</source>
            <translation>将每名工人的“拖欠工资”请求金额更新为台账中的主张金额（未填主张金额的，按尚欠金额）吗？没有登记期间的工人和其他请求事项不变。</translation>
        </message>
        <message>
            <source>{n} wage claims updated or added.</source>
            <translation>已更新或添加{n}项拖欠工资请求。</translation>
        </message>
        <message>
            <source>Add party</source>
            <translation>添加责任主体</translation>
        </message>
        <message>
            <source>Add period</source>
            <translation>添加期间</translation>
        </message>
        <message>
            <source>Add {n} workers owed {total} yuan in all to case {number}?</source>
            <translation>将{n}名工人（欠薪合计{total}元）加入案件{number}吗？</translation>
        </message>
        <message>
            <source>Arrears</source>
            <translation>欠薪</translation>
        </message>
        <message>
            <source>Attach evidence</source>
            <translation>附加证据文件</translation>
        </message>
        <message>
            <source>Attach file…</source>
            <translation>附加文件…</translation>
        </message>
        <message>
            <source>Evidence held</source>
            <translation>所持证据</translation>
        </message>
        <message>
            <source>Fill in from respondents</source>
            <translation>按被申请人填入</translation>
        </message>
        <message>
            <source>Import roster</source>
            <translation>导入名册</translation>
        </message>
        <message>
            <source>Import roster…</source>
            <translation>导入名册…</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>打开</translation>
        </message>
        <message>
            <source>Periods of the selected worker</source>
            <translation>所选工人的欠薪期间</translation>
        </message>
        <message>
            <source>Please note:</source>
            <translation>请注意：</translation>
        </message>
        <message>
            <source>Reading the roster…</source>
            <translation>正在读取名册…</translation>
        </message>
        <message>
            <source>Remove file</source>
            <translation>删除文件</translation>
        </message>
        <message>
            <source>Remove file…</source>
            <translation>删除文件…</translation>
        </message>
        <message>
            <source>Remove party</source>
            <translation>删除责任主体</translation>
        </message>
        <message>
            <source>Remove period</source>
            <translation>删除期间</translation>
        </message>
        <message>
            <source>Remove {file} from the evidence? This cannot be undone.</source>
            <translation>确定从证据中删除“{file}”吗？删除后无法恢复。</translation>
        </message>
        <message>
            <source>Rosters (*.xlsx *.csv)</source>
            <translation>名册 (*.xlsx *.csv)</translation>
        </message>
        <message>
            <source>Save liability</source>
            <translation>保存责任分担</translation>
        </message>
        <message>
            <source>Save periods</source>
            <translation>保存期间</translation>
        </message>
        <message>
            <source>Save the changed periods of {name}?</source>
            <translation>是否保存{name}已修改的欠薪期间？</translation>
        </message>
        <message>
            <source>Unsaved periods</source>
            <translation>期间未保存</translation>
        </message>
        <message>
            <source>What is this file?</source>
            <translation>这是什么证据？</translation>
        </message>
        <message>
            <source>Workers</source>
            <translation>工人</translation>
        </message>
        <message>
            <source>{n} workers: owed {owed} yuan, paid {paid} yuan, outstanding {outstanding} yuan, claimed {claimed} yuan, confirmed by the employer {confirmed} yuan</source>
            <translation>共{n}名工人：应付{owed}元，已付{paid}元，尚欠{outstanding}元，主张{claimed}元，单位确认{confirmed}元</translation>
        </message>
    </context>
    <context>
        <name>LiabilityGrid</name>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Answers for</source>
            <translation>承担金额</translation>
        </message>
        <message>
            <source>Basis of liability</source>
            <translation>责任依据</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Party</source>
            <translation>责任主体</translation>
        </message>
        <message>
            <source>Role in the chain</source>
            <translation>链条位置</translation>
        </message>
        <message>
            <source>Share %</source>
            <translation>比例%</translation>
        </message>
    </context>
    <context>
        <name>PeriodGrid</name>
        <message>
            <source>Claimed</source>
            <translation>主张金额</translation>
        </message>
        <message>
            <source>Computed</source>
            <translation>计算金额</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>单位确认</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>出勤天数</translation>
        </message>
        <message>
            <source>From (month)</source>
            <translation>开始月份</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>小时数</translation>
        </message>
        <message>
            <source>Months as 2026-03. Leave Owed empty to use the computed amount. Enter on the last row adds a period; Ctrl+S saves.</source>
            <translation>月份写成2026-03。应付金额留空则按计算金额。在最后一行按回车添加期间；Ctrl+S保存。</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Owed</source>
            <translation>应付金额</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>已付金额</translation>
        </message>
        <message>
            <source>Pieces</source>
            <translation>计件数量</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>工资标准</translation>
        </message>
        <message>
            <source>Rate per</source>
            <translation>计薪方式</translation>
        </message>
        <message>
            <source>To (month)</source>
            <translation>结束月份</translation>
        </message>
    </context>
    <context>
        <name>RosterReportDialog</name>
        <message>
            <source>Copy report</source>
            <translation>复制报告</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>错误</translation>
        </message>
        <message>
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>提示</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>问题</translation>
        </message>
        <message>
            <source>Roster not imported</source>
            <translation>名册未导入</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>位置</translation>
        </message>
    </context>
    <context>
        <name>WorkersModel</name>
        <message>
            <source>(no period)</source>
            <translation>（未登记期间）</translation>
        </message>
        <message>
            <source>Claimed</source>
            <translation>主张</translation>
        </message>
        <message>
            <source>Confirmed by employer</source>
            <translation>单位确认</translation>
        </message>
        <message>
            <source>Evidence held</source>
            <translation>所持证据</translation>
        </message>
        <message>
            <source>ID number</source>
            <translation>身份证号</translation>
        </message>
        <message>
            <source>Outstanding</source>
            <translation>尚欠</translation>
        </message>
        <message>
            <source>Owed</source>
            <translation>应付</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>已付</translation>
        </message>
        <message>
            <source>Work period</source>
            <translation>工作期间</translation>
        </message>
        <message>
            <source>Worker</source>
            <translation>工人</translation>
        </message>
    </context>
</TS>
