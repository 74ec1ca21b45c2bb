/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query DrcDeskTasks { tasks: drcTasks(first: 100) { nodes { ...DeskReview } } }": typeof types.DrcDeskTasksDocument,
    "mutation DrcDeskAccept($taskId: ID!) { result: drcAcceptTask(taskId: $taskId) { ...DeskReview } }": typeof types.DrcDeskAcceptDocument,
    "mutation DrcDeskReview($taskId: ID!, $opinion: String!) { result: drcReviewTask(taskId: $taskId, opinion: $opinion) { ...DeskReview } }": typeof types.DrcDeskReviewDocument,
    "mutation DrcDeskMeeting($taskId: ID!, $heldOn: Date!, $minutes: String!) { result: drcRecordMeeting(taskId: $taskId, heldOn: $heldOn, minutes: $minutes) { ...DeskReview } }": typeof types.DrcDeskMeetingDocument,
    "mutation DrcDeskSupplement($taskId: ID!, $requests: [DepartmentSupplementRequestInput!]!) { result: drcRequestSupplement(taskId: $taskId, requests: $requests) { ...DeskReview } }": typeof types.DrcDeskSupplementDocument,
    "mutation DrcDeskReject($taskId: ID!, $reasons: [String!]!) { result: drcRejectTask(taskId: $taskId, reasons: $reasons) { ...DeskReview } }": typeof types.DrcDeskRejectDocument,
    "mutation DrcDeskSign($taskId: ID!) { result: drcSignTask(taskId: $taskId) { ...DeskReview } }": typeof types.DrcDeskSignDocument,
    "query NrpDeskTasks { tasks: nrpTasks(first: 100) { nodes { ...DeskReview } } }": typeof types.NrpDeskTasksDocument,
    "mutation NrpDeskAccept($taskId: ID!) { result: nrpAcceptTask(taskId: $taskId) { ...DeskReview } }": typeof types.NrpDeskAcceptDocument,
    "mutation NrpDeskReview($taskId: ID!, $opinion: String!) { result: nrpReviewTask(taskId: $taskId, opinion: $opinion) { ...DeskReview } }": typeof types.NrpDeskReviewDocument,
    "mutation NrpDeskMeeting($taskId: ID!, $heldOn: Date!, $minutes: String!) { result: nrpRecordMeeting(taskId: $taskId, heldOn: $heldOn, minutes: $minutes) { ...DeskReview } }": typeof types.NrpDeskMeetingDocument,
    "mutation NrpDeskSupplement($taskId: ID!, $requests: [DepartmentSupplementRequestInput!]!) { result: nrpRequestSupplement(taskId: $taskId, requests: $requests) { ...DeskReview } }": typeof types.NrpDeskSupplementDocument,
    "mutation NrpDeskReject($taskId: ID!, $reasons: [String!]!) { result: nrpRejectTask(taskId: $taskId, reasons: $reasons) { ...DeskReview } }": typeof types.NrpDeskRejectDocument,
    "mutation NrpDeskSign($taskId: ID!) { result: nrpSignTask(taskId: $taskId) { ...DeskReview } }": typeof types.NrpDeskSignDocument,
    "query EebDeskTasks { tasks: eebTasks(first: 100) { nodes { ...DeskReview } } }": typeof types.EebDeskTasksDocument,
    "mutation EebDeskAccept($taskId: ID!) { result: eebAcceptTask(taskId: $taskId) { ...DeskReview } }": typeof types.EebDeskAcceptDocument,
    "mutation EebDeskReview($taskId: ID!, $opinion: String!) { result: eebReviewTask(taskId: $taskId, opinion: $opinion) { ...DeskReview } }": typeof types.EebDeskReviewDocument,
    "mutation EebDeskMeeting($taskId: ID!, $heldOn: Date!, $minutes: String!) { result: eebRecordMeeting(taskId: $taskId, heldOn: $heldOn, minutes: $minutes) { ...DeskReview } }": typeof types.EebDeskMeetingDocument,
    "mutation EebDeskSupplement($taskId: ID!, $requests: [DepartmentSupplementRequestInput!]!) { result: eebRequestSupplement(taskId: $taskId, requests: $requests) { ...DeskReview } }": typeof types.EebDeskSupplementDocument,
    "mutation EebDeskReject($taskId: ID!, $reasons: [String!]!) { result: eebRejectTask(taskId: $taskId, reasons: $reasons) { ...DeskReview } }": typeof types.EebDeskRejectDocument,
    "mutation EebDeskSign($taskId: ID!) { result: eebSignTask(taskId: $taskId) { ...DeskReview } }": typeof types.EebDeskSignDocument,
    "query HcbDeskTasks { tasks: hcbTasks(first: 100) { nodes { ...DeskReview } } }": typeof types.HcbDeskTasksDocument,
    "mutation HcbDeskAccept($taskId: ID!) { result: hcbAcceptTask(taskId: $taskId) { ...DeskReview } }": typeof types.HcbDeskAcceptDocument,
    "mutation HcbDeskReview($taskId: ID!, $opinion: String!) { result: hcbReviewTask(taskId: $taskId, opinion: $opinion) { ...DeskReview } }": typeof types.HcbDeskReviewDocument,
    "mutation HcbDeskMeeting($taskId: ID!, $heldOn: Date!, $minutes: String!) { result: hcbRecordMeeting(taskId: $taskId, heldOn: $heldOn, minutes: $minutes) { ...DeskReview } }": typeof types.HcbDeskMeetingDocument,
    "mutation HcbDeskSupplement($taskId: ID!, $requests: [DepartmentSupplementRequestInput!]!) { result: hcbRequestSupplement(taskId: $taskId, requests: $requests) { ...DeskReview } }": typeof types.HcbDeskSupplementDocument,
    "mutation HcbDeskReject($taskId: ID!, $reasons: [String!]!) { result: hcbRejectTask(taskId: $taskId, reasons: $reasons) { ...DeskReview } }": typeof types.HcbDeskRejectDocument,
    "mutation HcbDeskSign($taskId: ID!) { result: hcbSignTask(taskId: $taskId) { ...DeskReview } }": typeof types.HcbDeskSignDocument,
    "query AmrDeskTasks { tasks: amrTasks(first: 100) { nodes { ...DeskReview } } }": typeof types.AmrDeskTasksDocument,
    "mutation AmrDeskAccept($taskId: ID!) { result: amrAcceptTask(taskId: $taskId) { ...DeskReview } }": typeof types.AmrDeskAcceptDocument,
    "mutation AmrDeskReview($taskId: ID!, $opinion: String!) { result: amrReviewTask(taskId: $taskId, opinion: $opinion) { ...DeskReview } }": typeof types.AmrDeskReviewDocument,
    "mutation AmrDeskMeeting($taskId: ID!, $heldOn: Date!, $minutes: String!) { result: amrRecordMeeting(taskId: $taskId, heldOn: $heldOn, minutes: $minutes) { ...DeskReview } }": typeof types.AmrDeskMeetingDocument,
    "mutation AmrDeskSupplement($taskId: ID!, $requests: [DepartmentSupplementRequestInput!]!) { result: amrRequestSupplement(taskId: $taskId, requests: $requests) { ...DeskReview } }": typeof types.AmrDeskSupplementDocument,
    "mutation AmrDeskReject($taskId: ID!, $reasons: [String!]!) { result: amrRejectTask(taskId: $taskId, reasons: $reasons) { ...DeskReview } }": typeof types.AmrDeskRejectDocument,
    "mutation AmrDeskSign($taskId: ID!) { result: amrSignTask(taskId: $taskId) { ...DeskReview } }": typeof types.AmrDeskSignDocument,
    "\n  fragment DeskReview on DepartmentReview {\n    __typename\n    id\n    caseId\n    caseReference\n    status\n    deadlineOn\n    openedAt\n    pausedSince\n    acceptedBy\n    reviewedBy\n    opinion\n    decidedBy\n    rejectionReasons\n    meetingRequired\n    meeting {\n      heldOn\n      minutes\n    }\n    materialTypeCodes\n    supplementRequests {\n      materialTypeCode\n      reason\n    }\n    items {\n      code\n      name\n    }\n    timeline {\n      id\n      kind\n      by\n      at\n      note\n    }\n    licence {\n      serial\n    }\n  }\n": typeof types.DeskReviewFragmentDoc,
    "\n  mutation UploadMaterial($applicantId: ID!, $materialTypeCode: ID!, $file: Upload!) {\n    uploadMaterial(applicantId: $applicantId, materialTypeCode: $materialTypeCode, file: $file) {\n      id\n      status\n    }\n  }\n": typeof types.UploadMaterialDocument,
    "\n  query ApplicantHome($ownRecords: Boolean!) {\n    myApplicant {\n      id\n      name\n      identifier\n      materials(currentOnly: true, first: 50) @include(if: $ownRecords) {\n        nodes {\n          id\n          status\n          fileName\n          submittedAt\n          materialType {\n            code\n            name\n          }\n          review {\n            decision\n            problems\n            reviewerName\n          }\n        }\n      }\n      contentReads(first: 20) @include(if: $ownRecords) {\n        nodes {\n          id\n          purpose\n          readerName\n          readerSubject\n          readAt\n          department {\n            code\n          }\n          material {\n            materialType {\n              code\n            }\n          }\n        }\n      }\n    }\n    materialTypes(first: 50) {\n      nodes {\n        code\n        name\n      }\n    }\n    bundles(first: 20) {\n      nodes {\n        code\n        name\n        description\n        timeLimitDays\n        departments {\n          code\n          name\n        }\n      }\n    }\n  }\n": typeof types.ApplicantHomeDocument,
    "\n  query MyCases {\n    myCases(first: 50) {\n      nodes {\n        id\n        reference\n        title\n        status\n        deadlineOn\n      }\n    }\n  }\n": typeof types.MyCasesDocument,
    "\n  mutation ApplyOnline($input: ApplicationInput!) {\n    applyOnline(input: $input) {\n      id\n      reference\n      status\n    }\n  }\n": typeof types.ApplyOnlineDocument,
    "\n  mutation RateCase($input: RateCaseInput!) {\n    rateCase(input: $input) {\n      score\n    }\n  }\n": typeof types.RateCaseDocument,
    "\n  mutation RegisterMyApplicant($input: RegisterApplicantInput!) {\n    registerApplicant(input: $input) {\n      id\n      name\n      identifier\n    }\n  }\n": typeof types.RegisterMyApplicantDocument,
    "\n  query Board {\n    caseBoard {\n      byStatus {\n        status\n        count\n      }\n      byLevel {\n        level\n        count\n      }\n      bottlenecks {\n        departmentCode\n        openTasks\n        yellowTasks\n        redTasks\n        pausedTasks\n      }\n    }\n    supervisedCases(first: 50) {\n      totalCount\n      nodes {\n        id\n        reference\n        subjectCode\n        status\n        level\n        departmentCodes\n        submittedAt\n        clock {\n          usedDays\n          leftDays\n          limitDays\n          paused\n        }\n        tasks {\n          id\n          departmentCode\n          status\n          level\n        }\n      }\n    }\n  }\n": typeof types.BoardDocument,
    "\n  subscription CaseUpdates {\n    caseStatusChanged {\n      caseId\n      reference\n      status\n      eventPosition\n      at\n    }\n  }\n": typeof types.CaseUpdatesDocument,
    "\n  subscription WarningUpdates {\n    warningRaised {\n      warningId\n      caseId\n      caseReference\n      departmentCode\n      level\n      workingDaysLeft\n      at\n    }\n  }\n": typeof types.WarningUpdatesDocument,
    "\n  query CaseDossier($id: ID!) {\n    case(id: $id) {\n      id\n      reference\n      title\n      status\n      channel\n      subjectCode\n      deadlineOn\n      acceptedAt\n      closedAt\n      notice {\n        materialTypeCode\n        state\n        problems\n      }\n      commitment {\n        materialTypeCodes\n        deadlineOn\n      }\n      tasks {\n        id\n        status\n        deadlineOn\n        reasons\n        department {\n          code\n          name\n        }\n        clock {\n          limitDays\n          usedDays\n          leftDays\n          paused\n          overdue\n        }\n        supplementRequests {\n          materialTypeCode\n          reason\n        }\n        licence {\n          serial\n        }\n      }\n      licences {\n        serial\n        itemCode\n        signatureValid\n        deliveredAt\n        department {\n          code\n          name\n        }\n      }\n      timeline(first: 100) {\n        nodes {\n          id\n          kind\n          at\n          by\n          summary\n          department {\n            code\n          }\n        }\n      }\n    }\n  }\n": typeof types.CaseDossierDocument,
    "\n  mutation SupplySupplement($taskId: ID!) {\n    supplySupplement(taskId: $taskId) {\n      id\n      status\n    }\n  }\n": typeof types.SupplySupplementDocument,
    "\n  mutation WithdrawCase($caseId: ID!) {\n    withdrawCase(caseId: $caseId) {\n      id\n      status\n    }\n  }\n": typeof types.WithdrawCaseDocument,
    "\n  query DeskCaseMaterials($caseId: ID!) {\n    case(id: $caseId) {\n      id\n      applicant {\n        id\n        materials(currentOnly: true, first: 50) {\n          nodes {\n            id\n            fileName\n            status\n            materialType {\n              code\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.DeskCaseMaterialsDocument,
    "\n  query DeskMaterialContent($caseId: ID!, $id: ID!) {\n    materialContent(caseId: $caseId, id: $id) {\n      base64\n      material {\n        id\n        fileName\n        contentType\n      }\n    }\n  }\n": typeof types.DeskMaterialContentDocument,
    "\n  query FollowUps {\n    followUps(first: 50) {\n      nodes {\n        id\n        caseId\n        departmentCode\n        score\n        comment\n        openedAt\n        response\n        respondedBy\n        closedAt\n      }\n    }\n  }\n": typeof types.FollowUpsDocument,
    "\n  mutation CloseFollowUp($id: ID!, $response: String!) {\n    closeFollowUp(id: $id, response: $response) {\n      id\n      closedAt\n    }\n  }\n": typeof types.CloseFollowUpDocument,
    "\n  query LicenceCheck($serial: String!) {\n    licence(serial: $serial) {\n      serial\n      title\n      holderName\n      items {\n        code\n        name\n      }\n      departmentName\n      department {\n        code\n        name\n      }\n      issuedAt\n      validUntil\n      signatureValid\n      expired\n      valid\n    }\n  }\n": typeof types.LicenceCheckDocument,
    "\n  query MaterialsAwaitingReview {\n    materialsAwaitingReview(first: 50) {\n      nodes {\n        id\n        fileName\n        submittedAt\n        materialType {\n          code\n          name\n        }\n        applicant {\n          name\n        }\n      }\n    }\n  }\n": typeof types.MaterialsAwaitingReviewDocument,
    "\n  mutation ReviewMaterial($input: ReviewMaterialInput!) {\n    reviewMaterial(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ReviewMaterialDocument,
    "\n  query Supervision {\n    violations(first: 50) {\n      nodes {\n        id\n        kind\n        caseId\n        departmentCode\n        person\n        detectedAt\n      }\n    }\n    clockWarnings(first: 50) {\n      nodes {\n        id\n        level\n        subjectKind\n        caseId\n        departmentCode\n        workingDaysLeft\n        deadlineOn\n        raisedAt\n      }\n    }\n  }\n": typeof types.SupervisionDocument,
    "\n  query VerifyAuditChain {\n    auditChainVerification {\n      valid\n      entriesChecked\n      firstBrokenSequence\n      reason\n      headHash\n    }\n  }\n": typeof types.VerifyAuditChainDocument,
    "\n  query WindowHome {\n    bundles(first: 20) {\n      nodes {\n        code\n        name\n      }\n    }\n  }\n": typeof types.WindowHomeDocument,
    "\n  mutation RegisterApplicant($input: RegisterApplicantInput!) {\n    registerApplicant(input: $input) {\n      id\n      name\n      identifier\n    }\n  }\n": typeof types.RegisterApplicantDocument,
    "\n  fragment WindowSlip on Case {\n    id\n    reference\n    title\n    status\n    deadlineOn\n    notice {\n      materialTypeCode\n      state\n      problems\n    }\n  }\n": typeof types.WindowSlipFragmentDoc,
    "\n  mutation ApplyAtWindow($input: WindowApplicationInput!) {\n    applyAtWindow(input: $input) {\n      ...WindowSlip\n    }\n  }\n": typeof types.ApplyAtWindowDocument,
    "\n  query WindowCase($id: ID!) {\n    case(id: $id) {\n      ...WindowSlip\n    }\n  }\n": typeof types.WindowCaseDocument,
    "\n  query ErrorCodes {\n    errorCodes {\n      code\n      meaning\n    }\n  }\n": typeof types.ErrorCodesDocument,
};
const documents: Documents = {
    "query DrcDeskTasks { tasks: drcTasks(first: 100) { nodes { ...DeskReview } } }": types.DrcDeskTasksDocument,
    "mutation DrcDeskAccept($taskId: ID!) { result: drcAcceptTask(taskId: $taskId) { ...DeskReview } }": types.DrcDeskAcceptDocument,
    "mutation DrcDeskReview($taskId: ID!, $opinion: String!) { result: drcReviewTask(taskId: $taskId, opinion: $opinion) { ...DeskReview } }": types.DrcDeskReviewDocument,
    "mutation DrcDeskMeeting($taskId: ID!, $heldOn: Date!, $minutes: String!) { result: drcRecordMeeting(taskId: $taskId, heldOn: $heldOn, minutes: $minutes) { ...DeskReview } }": types.DrcDeskMeetingDocument,
    "mutation DrcDeskSupplement($taskId: ID!, $requests: [DepartmentSupplementRequestInput!]!) { result: drcRequestSupplement(taskId: $taskId, requests: $requests) { ...DeskReview } }": types.DrcDeskSupplementDocument,
    "mutation DrcDeskReject($taskId: ID!, $reasons: [String!]!) { result: drcRejectTask(taskId: $taskId, reasons: $reasons) { ...DeskReview } }": types.DrcDeskRejectDocument,
    "mutation DrcDeskSign($taskId: ID!) { result: drcSignTask(taskId: $taskId) { ...DeskReview } }": types.DrcDeskSignDocument,
    "query NrpDeskTasks { tasks: nrpTasks(first: 100) { nodes { ...DeskReview } } }": types.NrpDeskTasksDocument,
    "mutation NrpDeskAccept($taskId: ID!) { result: nrpAcceptTask(taskId: $taskId) { ...DeskReview } }": types.NrpDeskAcceptDocument,
    "mutation NrpDeskReview($taskId: ID!, $opinion: String!) { result: nrpReviewTask(taskId: $taskId, opinion: $opinion) { ...DeskReview } }": types.NrpDeskReviewDocument,
    "mutation NrpDeskMeeting($taskId: ID!, $heldOn: Date!, $minutes: String!) { result: nrpRecordMeeting(taskId: $taskId, heldOn: $heldOn, minutes: $minutes) { ...DeskReview } }": types.NrpDeskMeetingDocument,
    "mutation NrpDeskSupplement($taskId: ID!, $requests: [DepartmentSupplementRequestInput!]!) { result: nrpRequestSupplement(taskId: $taskId, requests: $requests) { ...DeskReview } }": types.NrpDeskSupplementDocument,
    "mutation NrpDeskReject($taskId: ID!, $reasons: [String!]!) { result: nrpRejectTask(taskId: $taskId, reasons: $reasons) { ...DeskReview } }": types.NrpDeskRejectDocument,
    "mutation NrpDeskSign($taskId: ID!) { result: nrpSignTask(taskId: $taskId) { ...DeskReview } }": types.NrpDeskSignDocument,
    "query EebDeskTasks { tasks: eebTasks(first: 100) { nodes { ...DeskReview } } }": types.EebDeskTasksDocument,
    "mutation EebDeskAccept($taskId: ID!) { result: eebAcceptTask(taskId: $taskId) { ...DeskReview } }": types.EebDeskAcceptDocument,
    "mutation EebDeskReview($taskId: ID!, $opinion: String!) { result: eebReviewTask(taskId: $taskId, opinion: $opinion) { ...DeskReview } }": types.EebDeskReviewDocument,
    "mutation EebDeskMeeting($taskId: ID!, $heldOn: Date!, $minutes: String!) { result: eebRecordMeeting(taskId: $taskId, heldOn: $heldOn, minutes: $minutes) { ...DeskReview } }": types.EebDeskMeetingDocument,
    "mutation EebDeskSupplement($taskId: ID!, $requests: [DepartmentSupplementRequestInput!]!) { result: eebRequestSupplement(taskId: $taskId, requests: $requests) { ...DeskReview } }": types.EebDeskSupplementDocument,
    "mutation EebDeskReject($taskId: ID!, $reasons: [String!]!) { result: eebRejectTask(taskId: $taskId, reasons: $reasons) { ...DeskReview } }": types.EebDeskRejectDocument,
    "mutation EebDeskSign($taskId: ID!) { result: eebSignTask(taskId: $taskId) { ...DeskReview } }": types.EebDeskSignDocument,
    "query HcbDeskTasks { tasks: hcbTasks(first: 100) { nodes { ...DeskReview } } }": types.HcbDeskTasksDocument,
    "mutation HcbDeskAccept($taskId: ID!) { result: hcbAcceptTask(taskId: $taskId) { ...DeskReview } }": types.HcbDeskAcceptDocument,
    "mutation HcbDeskReview($taskId: ID!, $opinion: String!) { result: hcbReviewTask(taskId: $taskId, opinion: $opinion) { ...DeskReview } }": types.HcbDeskReviewDocument,
    "mutation HcbDeskMeeting($taskId: ID!, $heldOn: Date!, $minutes: String!) { result: hcbRecordMeeting(taskId: $taskId, heldOn: $heldOn, minutes: $minutes) { ...DeskReview } }": types.HcbDeskMeetingDocument,
    "mutation HcbDeskSupplement($taskId: ID!, $requests: [DepartmentSupplementRequestInput!]!) { result: hcbRequestSupplement(taskId: $taskId, requests: $requests) { ...DeskReview } }": types.HcbDeskSupplementDocument,
    "mutation HcbDeskReject($taskId: ID!, $reasons: [String!]!) { result: hcbRejectTask(taskId: $taskId, reasons: $reasons) { ...DeskReview } }": types.HcbDeskRejectDocument,
    "mutation HcbDeskSign($taskId: ID!) { result: hcbSignTask(taskId: $taskId) { ...DeskReview } }": types.HcbDeskSignDocument,
    "query AmrDeskTasks { tasks: amrTasks(first: 100) { nodes { ...DeskReview } } }": types.AmrDeskTasksDocument,
    "mutation AmrDeskAccept($taskId: ID!) { result: amrAcceptTask(taskId: $taskId) { ...DeskReview } }": types.AmrDeskAcceptDocument,
    "mutation AmrDeskReview($taskId: ID!, $opinion: String!) { result: amrReviewTask(taskId: $taskId, opinion: $opinion) { ...DeskReview } }": types.AmrDeskReviewDocument,
    "mutation AmrDeskMeeting($taskId: ID!, $heldOn: Date!, $minutes: String!) { result: amrRecordMeeting(taskId: $taskId, heldOn: $heldOn, minutes: $minutes) { ...DeskReview } }": types.AmrDeskMeetingDocument,
    "mutation AmrDeskSupplement($taskId: ID!, $requests: [DepartmentSupplementRequestInput!]!) { result: amrRequestSupplement(taskId: $taskId, requests: $requests) { ...DeskReview } }": types.AmrDeskSupplementDocument,
    "mutation AmrDeskReject($taskId: ID!, $reasons: [String!]!) { result: amrRejectTask(taskId: $taskId, reasons: $reasons) { ...DeskReview } }": types.AmrDeskRejectDocument,
    "mutation AmrDeskSign($taskId: ID!) { result: amrSignTask(taskId: $taskId) { ...DeskReview } }": types.AmrDeskSignDocument,
    "\n  fragment DeskReview on DepartmentReview {\n    __typename\n    id\n    caseId\n    caseReference\n    status\n    deadlineOn\n    openedAt\n    pausedSince\n    acceptedBy\n    reviewedBy\n    opinion\n    decidedBy\n    rejectionReasons\n    meetingRequired\n    meeting {\n      heldOn\n      minutes\n    }\n    materialTypeCodes\n    supplementRequests {\n      materialTypeCode\n      reason\n    }\n    items {\n      code\n      name\n    }\n    timeline {\n      id\n      kind\n      by\n      at\n      note\n    }\n    licence {\n      serial\n    }\n  }\n": types.DeskReviewFragmentDoc,
    "\n  mutation UploadMaterial($applicantId: ID!, $materialTypeCode: ID!, $file: Upload!) {\n    uploadMaterial(applicantId: $applicantId, materialTypeCode: $materialTypeCode, file: $file) {\n      id\n      status\n    }\n  }\n": types.UploadMaterialDocument,
    "\n  query ApplicantHome($ownRecords: Boolean!) {\n    myApplicant {\n      id\n      name\n      identifier\n      materials(currentOnly: true, first: 50) @include(if: $ownRecords) {\n        nodes {\n          id\n          status\n          fileName\n          submittedAt\n          materialType {\n            code\n            name\n          }\n          review {\n            decision\n            problems\n            reviewerName\n          }\n        }\n      }\n      contentReads(first: 20) @include(if: $ownRecords) {\n        nodes {\n          id\n          purpose\n          readerName\n          readerSubject\n          readAt\n          department {\n            code\n          }\n          material {\n            materialType {\n              code\n            }\n          }\n        }\n      }\n    }\n    materialTypes(first: 50) {\n      nodes {\n        code\n        name\n      }\n    }\n    bundles(first: 20) {\n      nodes {\n        code\n        name\n        description\n        timeLimitDays\n        departments {\n          code\n          name\n        }\n      }\n    }\n  }\n": types.ApplicantHomeDocument,
    "\n  query MyCases {\n    myCases(first: 50) {\n      nodes {\n        id\n        reference\n        title\n        status\n        deadlineOn\n      }\n    }\n  }\n": types.MyCasesDocument,
    "\n  mutation ApplyOnline($input: ApplicationInput!) {\n    applyOnline(input: $input) {\n      id\n      reference\n      status\n    }\n  }\n": types.ApplyOnlineDocument,
    "\n  mutation RateCase($input: RateCaseInput!) {\n    rateCase(input: $input) {\n      score\n    }\n  }\n": types.RateCaseDocument,
    "\n  mutation RegisterMyApplicant($input: RegisterApplicantInput!) {\n    registerApplicant(input: $input) {\n      id\n      name\n      identifier\n    }\n  }\n": types.RegisterMyApplicantDocument,
    "\n  query Board {\n    caseBoard {\n      byStatus {\n        status\n        count\n      }\n      byLevel {\n        level\n        count\n      }\n      bottlenecks {\n        departmentCode\n        openTasks\n        yellowTasks\n        redTasks\n        pausedTasks\n      }\n    }\n    supervisedCases(first: 50) {\n      totalCount\n      nodes {\n        id\n        reference\n        subjectCode\n        status\n        level\n        departmentCodes\n        submittedAt\n        clock {\n          usedDays\n          leftDays\n          limitDays\n          paused\n        }\n        tasks {\n          id\n          departmentCode\n          status\n          level\n        }\n      }\n    }\n  }\n": types.BoardDocument,
    "\n  subscription CaseUpdates {\n    caseStatusChanged {\n      caseId\n      reference\n      status\n      eventPosition\n      at\n    }\n  }\n": types.CaseUpdatesDocument,
    "\n  subscription WarningUpdates {\n    warningRaised {\n      warningId\n      caseId\n      caseReference\n      departmentCode\n      level\n      workingDaysLeft\n      at\n    }\n  }\n": types.WarningUpdatesDocument,
    "\n  query CaseDossier($id: ID!) {\n    case(id: $id) {\n      id\n      reference\n      title\n      status\n      channel\n      subjectCode\n      deadlineOn\n      acceptedAt\n      closedAt\n      notice {\n        materialTypeCode\n        state\n        problems\n      }\n      commitment {\n        materialTypeCodes\n        deadlineOn\n      }\n      tasks {\n        id\n        status\n        deadlineOn\n        reasons\n        department {\n          code\n          name\n        }\n        clock {\n          limitDays\n          usedDays\n          leftDays\n          paused\n          overdue\n        }\n        supplementRequests {\n          materialTypeCode\n          reason\n        }\n        licence {\n          serial\n        }\n      }\n      licences {\n        serial\n        itemCode\n        signatureValid\n        deliveredAt\n        department {\n          code\n          name\n        }\n      }\n      timeline(first: 100) {\n        nodes {\n          id\n          kind\n          at\n          by\n          summary\n          department {\n            code\n          }\n        }\n      }\n    }\n  }\n": types.CaseDossierDocument,
    "\n  mutation SupplySupplement($taskId: ID!) {\n    supplySupplement(taskId: $taskId) {\n      id\n      status\n    }\n  }\n": types.SupplySupplementDocument,
    "\n  mutation WithdrawCase($caseId: ID!) {\n    withdrawCase(caseId: $caseId) {\n      id\n      status\n    }\n  }\n": types.WithdrawCaseDocument,
    "\n  query DeskCaseMaterials($caseId: ID!) {\n    case(id: $caseId) {\n      id\n      applicant {\n        id\n        materials(currentOnly: true, first: 50) {\n          nodes {\n            id\n            fileName\n            status\n            materialType {\n              code\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.DeskCaseMaterialsDocument,
    "\n  query DeskMaterialContent($caseId: ID!, $id: ID!) {\n    materialContent(caseId: $caseId, id: $id) {\n      base64\n      material {\n        id\n        fileName\n        contentType\n      }\n    }\n  }\n": types.DeskMaterialContentDocument,
    "\n  query FollowUps {\n    followUps(first: 50) {\n      nodes {\n        id\n        caseId\n        departmentCode\n        score\n        comment\n        openedAt\n        response\n        respondedBy\n        closedAt\n      }\n    }\n  }\n": types.FollowUpsDocument,
    "\n  mutation CloseFollowUp($id: ID!, $response: String!) {\n    closeFollowUp(id: $id, response: $response) {\n      id\n      closedAt\n    }\n  }\n": types.CloseFollowUpDocument,
    "\n  query LicenceCheck($serial: String!) {\n    licence(serial: $serial) {\n      serial\n      title\n      holderName\n      items {\n        code\n        name\n      }\n      departmentName\n      department {\n        code\n        name\n      }\n      issuedAt\n      validUntil\n      signatureValid\n      expired\n      valid\n    }\n  }\n": types.LicenceCheckDocument,
    "\n  query MaterialsAwaitingReview {\n    materialsAwaitingReview(first: 50) {\n      nodes {\n        id\n        fileName\n        submittedAt\n        materialType {\n          code\n          name\n        }\n        applicant {\n          name\n        }\n      }\n    }\n  }\n": types.MaterialsAwaitingReviewDocument,
    "\n  mutation ReviewMaterial($input: ReviewMaterialInput!) {\n    reviewMaterial(input: $input) {\n      id\n      status\n    }\n  }\n": types.ReviewMaterialDocument,
    "\n  query Supervision {\n    violations(first: 50) {\n      nodes {\n        id\n        kind\n        caseId\n        departmentCode\n        person\n        detectedAt\n      }\n    }\n    clockWarnings(first: 50) {\n      nodes {\n        id\n        level\n        subjectKind\n        caseId\n        departmentCode\n        workingDaysLeft\n        deadlineOn\n        raisedAt\n      }\n    }\n  }\n": types.SupervisionDocument,
    "\n  query VerifyAuditChain {\n    auditChainVerification {\n      valid\n      entriesChecked\n      firstBrokenSequence\n      reason\n      headHash\n    }\n  }\n": types.VerifyAuditChainDocument,
    "\n  query WindowHome {\n    bundles(first: 20) {\n      nodes {\n        code\n        name\n      }\n    }\n  }\n": types.WindowHomeDocument,
    "\n  mutation RegisterApplicant($input: RegisterApplicantInput!) {\n    registerApplicant(input: $input) {\n      id\n      name\n      identifier\n    }\n  }\n": types.RegisterApplicantDocument,
    "\n  fragment WindowSlip on Case {\n    id\n    reference\n    title\n    status\n    deadlineOn\n    notice {\n      materialTypeCode\n      state\n      problems\n    }\n  }\n": types.WindowSlipFragmentDoc,
    "\n  mutation ApplyAtWindow($input: WindowApplicationInput!) {\n    applyAtWindow(input: $input) {\n      ...WindowSlip\n    }\n  }\n": types.ApplyAtWindowDocument,
    "\n  query WindowCase($id: ID!) {\n    case(id: $id) {\n      ...WindowSlip\n    }\n  }\n": types.WindowCaseDocument,
    "\n  query ErrorCodes {\n    errorCodes {\n      code\n      meaning\n    }\n  }\n": types.ErrorCodesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DrcDeskTasks { tasks: drcTasks(first: 100) { nodes { ...DeskReview } } }"): (typeof documents)["query DrcDeskTasks { tasks: drcTasks(first: 100) { nodes { ...DeskReview } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DrcDeskAccept($taskId: ID!) { result: drcAcceptTask(taskId: $taskId) { ...DeskReview } }"): (typeof documents)["mutation DrcDeskAccept($taskId: ID!) { result: drcAcceptTask(taskId: $taskId) { ...DeskReview } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DrcDeskReview($taskId: ID!, $opinion: String!) { result: drcReviewTask(taskId: $taskId, opinion: $opinion) { ...DeskReview } }"): (typeof documents)["mutation DrcDeskReview($taskId: ID!, $opinion: String!) { result: drcReviewTask(taskId: $taskId, opinion: $opinion) { ...DeskReview } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DrcDeskMeeting($taskId: ID!, $heldOn: Date!, $minutes: String!) { result: drcRecordMeeting(taskId: $taskId, heldOn: $heldOn, minutes: $minutes) { ...DeskReview } }"): (typeof documents)["mutation DrcDeskMeeting($taskId: ID!, $heldOn: Date!, $minutes: String!) { result: drcRecordMeeting(taskId: $taskId, heldOn: $heldOn, minutes: $minutes) { ...DeskReview } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DrcDeskSupplement($taskId: ID!, $requests: [DepartmentSupplementRequestInput!]!) { result: drcRequestSupplement(taskId: $taskId, requests: $requests) { ...DeskReview } }"): (typeof documents)["mutation DrcDeskSupplement($taskId: ID!, $requests: [DepartmentSupplementRequestInput!]!) { result: drcRequestSupplement(taskId: $taskId, requests: $requests) { ...DeskReview } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DrcDeskReject($taskId: ID!, $reasons: [String!]!) { result: drcRejectTask(taskId: $taskId, reasons: $reasons) { ...DeskReview } }"): (typeof documents)["mutation DrcDeskReject($taskId: ID!, $reasons: [String!]!) { result: drcRejectTask(taskId: $taskId, reasons: $reasons) { ...DeskReview } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DrcDeskSign($taskId: ID!) { result: drcSignTask(taskId: $taskId) { ...DeskReview } }"): (typeof documents)["mutation DrcDeskSign($taskId: ID!) { result: drcSignTask(taskId: $taskId) { ...DeskReview } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NrpDeskTasks { tasks: nrpTasks(first: 100) { nodes { ...DeskReview } } }"): (typeof documents)["query NrpDeskTasks { tasks: nrpTasks(first: 100) { nodes { ...DeskReview } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NrpDeskAccept($taskId: ID!) { result: nrpAcceptTask(taskId: $taskId) { ...DeskReview } }"): (typeof documents)["mutation NrpDeskAccept($taskId: ID!) { result: nrpAcceptTask(taskId: $taskId) { ...DeskReview } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NrpDeskReview($taskId: ID!, $opinion: String!) { result: nrpReviewTask(taskId: $taskId, opinion: $opinion) { ...DeskReview } }"): (typeof documents)["mutation NrpDeskReview($taskId: ID!, $opinion: String!) { result: nrpReviewTask(taskId: $taskId, opinion: $opinion) { ...DeskReview } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NrpDeskMeeting($taskId: ID!, $heldOn: Date!, $minutes: String!) { result: nrpRecordMeeting(taskId: $taskId, heldOn: $heldOn, minutes: $minutes) { ...DeskReview } }"): (typeof documents)["mutation NrpDeskMeeting($taskId: ID!, $heldOn: Date!, $minutes: String!) { result: nrpRecordMeeting(taskId: $taskId, heldOn: $heldOn, minutes: $minutes) { ...DeskReview } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NrpDeskSupplement($taskId: ID!, $requests: [DepartmentSupplementRequestInput!]!) { result: nrpRequestSupplement(taskId: $taskId, requests: $requests) { ...DeskReview } }"): (typeof documents)["mutation NrpDeskSupplement($taskId: ID!, $requests: [DepartmentSupplementRequestInput!]!) { result: nrpRequestSupplement(taskId: $taskId, requests: $requests) { ...DeskReview } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NrpDeskReject($taskId: ID!, $reasons: [String!]!) { result: nrpRejectTask(taskId: $taskId, reasons: $reasons) { ...DeskReview } }"): (typeof documents)["mutation NrpDeskReject($taskId: ID!, $reasons: [String!]!) { result: nrpRejectTask(taskId: $taskId, reasons: $reasons) { ...DeskReview } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NrpDeskSign($taskId: ID!) { result: nrpSignTask(taskId: $taskId) { ...DeskReview } }"): (typeof documents)["mutation NrpDeskSign($taskId: ID!) { result: nrpSignTask(taskId: $taskId) { ...DeskReview } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EebDeskTasks { tasks: eebTasks(first: 100) { nodes { ...DeskReview } } }"): (typeof documents)["query EebDeskTasks { tasks: eebTasks(first: 100) { nodes { ...DeskReview } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EebDeskAccept($taskId: ID!) { result: eebAcceptTask(taskId: $taskId) { ...DeskReview } }"): (typeof documents)["mutation EebDeskAccept($taskId: ID!) { result: eebAcceptTask(taskId: $taskId) { ...DeskReview } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EebDeskReview($taskId: ID!, $opinion: String!) { result: eebReviewTask(taskId: $taskId, opinion: $opinion) { ...DeskReview } }"): (typeof documents)["mutation EebDeskReview($taskId: ID!, $opinion: String!) { result: eebReviewTask(taskId: $taskId, opinion: $opinion) { ...DeskReview } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EebDeskMeeting($taskId: ID!, $heldOn: Date!, $minutes: String!) { result: eebRecordMeeting(taskId: $taskId, heldOn: $heldOn, minutes: $minutes) { ...DeskReview } }"): (typeof documents)["mutation EebDeskMeeting($taskId: ID!, $heldOn: Date!, $minutes: String!) { result: eebRecordMeeting(taskId: $taskId, heldOn: $heldOn, minutes: $minutes) { ...DeskReview } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EebDeskSupplement($taskId: ID!, $requests: [DepartmentSupplementRequestInput!]!) { result: eebRequestSupplement(taskId: $taskId, requests: $requests) { ...DeskReview } }"): (typeof documents)["mutation EebDeskSupplement($taskId: ID!, $requests: [DepartmentSupplementRequestInput!]!) { result: eebRequestSupplement(taskId: $taskId, requests: $requests) { ...DeskReview } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EebDeskReject($taskId: ID!, $reasons: [String!]!) { result: eebRejectTask(taskId: $taskId, reasons: $reasons) { ...DeskReview } }"): (typeof documents)["mutation EebDeskReject($taskId: ID!, $reasons: [String!]!) { result: eebRejectTask(taskId: $taskId, reasons: $reasons) { ...DeskReview } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EebDeskSign($taskId: ID!) { result: eebSignTask(taskId: $taskId) { ...DeskReview } }"): (typeof documents)["mutation EebDeskSign($taskId: ID!) { result: eebSignTask(taskId: $taskId) { ...DeskReview } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HcbDeskTasks { tasks: hcbTasks(first: 100) { nodes { ...DeskReview } } }"): (typeof documents)["query HcbDeskTasks { tasks: hcbTasks(first: 100) { nodes { ...DeskReview } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HcbDeskAccept($taskId: ID!) { result: hcbAcceptTask(taskId: $taskId) { ...DeskReview } }"): (typeof documents)["mutation HcbDeskAccept($taskId: ID!) { result: hcbAcceptTask(taskId: $taskId) { ...DeskReview } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HcbDeskReview($taskId: ID!, $opinion: String!) { result: hcbReviewTask(taskId: $taskId, opinion: $opinion) { ...DeskReview } }"): (typeof documents)["mutation HcbDeskReview($taskId: ID!, $opinion: String!) { result: hcbReviewTask(taskId: $taskId, opinion: $opinion) { ...DeskReview } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HcbDeskMeeting($taskId: ID!, $heldOn: Date!, $minutes: String!) { result: hcbRecordMeeting(taskId: $taskId, heldOn: $heldOn, minutes: $minutes) { ...DeskReview } }"): (typeof documents)["mutation HcbDeskMeeting($taskId: ID!, $heldOn: Date!, $minutes: String!) { result: hcbRecordMeeting(taskId: $taskId, heldOn: $heldOn, minutes: $minutes) { ...DeskReview } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HcbDeskSupplement($taskId: ID!, $requests: [DepartmentSupplementRequestInput!]!) { result: hcbRequestSupplement(taskId: $taskId, requests: $requests) { ...DeskReview } }"): (typeof documents)["mutation HcbDeskSupplement($taskId: ID!, $requests: [DepartmentSupplementRequestInput!]!) { result: hcbRequestSupplement(taskId: $taskId, requests: $requests) { ...DeskReview } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HcbDeskReject($taskId: ID!, $reasons: [String!]!) { result: hcbRejectTask(taskId: $taskId, reasons: $reasons) { ...DeskReview } }"): (typeof documents)["mutation HcbDeskReject($taskId: ID!, $reasons: [String!]!) { result: hcbRejectTask(taskId: $taskId, reasons: $reasons) { ...DeskReview } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HcbDeskSign($taskId: ID!) { result: hcbSignTask(taskId: $taskId) { ...DeskReview } }"): (typeof documents)["mutation HcbDeskSign($taskId: ID!) { result: hcbSignTask(taskId: $taskId) { ...DeskReview } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AmrDeskTasks { tasks: amrTasks(first: 100) { nodes { ...DeskReview } } }"): (typeof documents)["query AmrDeskTasks { tasks: amrTasks(first: 100) { nodes { ...DeskReview } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AmrDeskAccept($taskId: ID!) { result: amrAcceptTask(taskId: $taskId) { ...DeskReview } }"): (typeof documents)["mutation AmrDeskAccept($taskId: ID!) { result: amrAcceptTask(taskId: $taskId) { ...DeskReview } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AmrDeskReview($taskId: ID!, $opinion: String!) { result: amrReviewTask(taskId: $taskId, opinion: $opinion) { ...DeskReview } }"): (typeof documents)["mutation AmrDeskReview($taskId: ID!, $opinion: String!) { result: amrReviewTask(taskId: $taskId, opinion: $opinion) { ...DeskReview } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AmrDeskMeeting($taskId: ID!, $heldOn: Date!, $minutes: String!) { result: amrRecordMeeting(taskId: $taskId, heldOn: $heldOn, minutes: $minutes) { ...DeskReview } }"): (typeof documents)["mutation AmrDeskMeeting($taskId: ID!, $heldOn: Date!, $minutes: String!) { result: amrRecordMeeting(taskId: $taskId, heldOn: $heldOn, minutes: $minutes) { ...DeskReview } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AmrDeskSupplement($taskId: ID!, $requests: [DepartmentSupplementRequestInput!]!) { result: amrRequestSupplement(taskId: $taskId, requests: $requests) { ...DeskReview } }"): (typeof documents)["mutation AmrDeskSupplement($taskId: ID!, $requests: [DepartmentSupplementRequestInput!]!) { result: amrRequestSupplement(taskId: $taskId, requests: $requests) { ...DeskReview } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AmrDeskReject($taskId: ID!, $reasons: [String!]!) { result: amrRejectTask(taskId: $taskId, reasons: $reasons) { ...DeskReview } }"): (typeof documents)["mutation AmrDeskReject($taskId: ID!, $reasons: [String!]!) { result: amrRejectTask(taskId: $taskId, reasons: $reasons) { ...DeskReview } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AmrDeskSign($taskId: ID!) { result: amrSignTask(taskId: $taskId) { ...DeskReview } }"): (typeof documents)["mutation AmrDeskSign($taskId: ID!) { result: amrSignTask(taskId: $taskId) { ...DeskReview } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeskReview on DepartmentReview {\n    __typename\n    id\n    caseId\n    caseReference\n    status\n    deadlineOn\n    openedAt\n    pausedSince\n    acceptedBy\n    reviewedBy\n    opinion\n    decidedBy\n    rejectionReasons\n    meetingRequired\n    meeting {\n      heldOn\n      minutes\n    }\n    materialTypeCodes\n    supplementRequests {\n      materialTypeCode\n      reason\n    }\n    items {\n      code\n      name\n    }\n    timeline {\n      id\n      kind\n      by\n      at\n      note\n    }\n    licence {\n      serial\n    }\n  }\n"): (typeof documents)["\n  fragment DeskReview on DepartmentReview {\n    __typename\n    id\n    caseId\n    caseReference\n    status\n    deadlineOn\n    openedAt\n    pausedSince\n    acceptedBy\n    reviewedBy\n    opinion\n    decidedBy\n    rejectionReasons\n    meetingRequired\n    meeting {\n      heldOn\n      minutes\n    }\n    materialTypeCodes\n    supplementRequests {\n      materialTypeCode\n      reason\n    }\n    items {\n      code\n      name\n    }\n    timeline {\n      id\n      kind\n      by\n      at\n      note\n    }\n    licence {\n      serial\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UploadMaterial($applicantId: ID!, $materialTypeCode: ID!, $file: Upload!) {\n    uploadMaterial(applicantId: $applicantId, materialTypeCode: $materialTypeCode, file: $file) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation UploadMaterial($applicantId: ID!, $materialTypeCode: ID!, $file: Upload!) {\n    uploadMaterial(applicantId: $applicantId, materialTypeCode: $materialTypeCode, file: $file) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApplicantHome($ownRecords: Boolean!) {\n    myApplicant {\n      id\n      name\n      identifier\n      materials(currentOnly: true, first: 50) @include(if: $ownRecords) {\n        nodes {\n          id\n          status\n          fileName\n          submittedAt\n          materialType {\n            code\n            name\n          }\n          review {\n            decision\n            problems\n            reviewerName\n          }\n        }\n      }\n      contentReads(first: 20) @include(if: $ownRecords) {\n        nodes {\n          id\n          purpose\n          readerName\n          readerSubject\n          readAt\n          department {\n            code\n          }\n          material {\n            materialType {\n              code\n            }\n          }\n        }\n      }\n    }\n    materialTypes(first: 50) {\n      nodes {\n        code\n        name\n      }\n    }\n    bundles(first: 20) {\n      nodes {\n        code\n        name\n        description\n        timeLimitDays\n        departments {\n          code\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApplicantHome($ownRecords: Boolean!) {\n    myApplicant {\n      id\n      name\n      identifier\n      materials(currentOnly: true, first: 50) @include(if: $ownRecords) {\n        nodes {\n          id\n          status\n          fileName\n          submittedAt\n          materialType {\n            code\n            name\n          }\n          review {\n            decision\n            problems\n            reviewerName\n          }\n        }\n      }\n      contentReads(first: 20) @include(if: $ownRecords) {\n        nodes {\n          id\n          purpose\n          readerName\n          readerSubject\n          readAt\n          department {\n            code\n          }\n          material {\n            materialType {\n              code\n            }\n          }\n        }\n      }\n    }\n    materialTypes(first: 50) {\n      nodes {\n        code\n        name\n      }\n    }\n    bundles(first: 20) {\n      nodes {\n        code\n        name\n        description\n        timeLimitDays\n        departments {\n          code\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCases {\n    myCases(first: 50) {\n      nodes {\n        id\n        reference\n        title\n        status\n        deadlineOn\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyCases {\n    myCases(first: 50) {\n      nodes {\n        id\n        reference\n        title\n        status\n        deadlineOn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplyOnline($input: ApplicationInput!) {\n    applyOnline(input: $input) {\n      id\n      reference\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ApplyOnline($input: ApplicationInput!) {\n    applyOnline(input: $input) {\n      id\n      reference\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RateCase($input: RateCaseInput!) {\n    rateCase(input: $input) {\n      score\n    }\n  }\n"): (typeof documents)["\n  mutation RateCase($input: RateCaseInput!) {\n    rateCase(input: $input) {\n      score\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterMyApplicant($input: RegisterApplicantInput!) {\n    registerApplicant(input: $input) {\n      id\n      name\n      identifier\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterMyApplicant($input: RegisterApplicantInput!) {\n    registerApplicant(input: $input) {\n      id\n      name\n      identifier\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Board {\n    caseBoard {\n      byStatus {\n        status\n        count\n      }\n      byLevel {\n        level\n        count\n      }\n      bottlenecks {\n        departmentCode\n        openTasks\n        yellowTasks\n        redTasks\n        pausedTasks\n      }\n    }\n    supervisedCases(first: 50) {\n      totalCount\n      nodes {\n        id\n        reference\n        subjectCode\n        status\n        level\n        departmentCodes\n        submittedAt\n        clock {\n          usedDays\n          leftDays\n          limitDays\n          paused\n        }\n        tasks {\n          id\n          departmentCode\n          status\n          level\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Board {\n    caseBoard {\n      byStatus {\n        status\n        count\n      }\n      byLevel {\n        level\n        count\n      }\n      bottlenecks {\n        departmentCode\n        openTasks\n        yellowTasks\n        redTasks\n        pausedTasks\n      }\n    }\n    supervisedCases(first: 50) {\n      totalCount\n      nodes {\n        id\n        reference\n        subjectCode\n        status\n        level\n        departmentCodes\n        submittedAt\n        clock {\n          usedDays\n          leftDays\n          limitDays\n          paused\n        }\n        tasks {\n          id\n          departmentCode\n          status\n          level\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CaseUpdates {\n    caseStatusChanged {\n      caseId\n      reference\n      status\n      eventPosition\n      at\n    }\n  }\n"): (typeof documents)["\n  subscription CaseUpdates {\n    caseStatusChanged {\n      caseId\n      reference\n      status\n      eventPosition\n      at\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription WarningUpdates {\n    warningRaised {\n      warningId\n      caseId\n      caseReference\n      departmentCode\n      level\n      workingDaysLeft\n      at\n    }\n  }\n"): (typeof documents)["\n  subscription WarningUpdates {\n    warningRaised {\n      warningId\n      caseId\n      caseReference\n      departmentCode\n      level\n      workingDaysLeft\n      at\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseDossier($id: ID!) {\n    case(id: $id) {\n      id\n      reference\n      title\n      status\n      channel\n      subjectCode\n      deadlineOn\n      acceptedAt\n      closedAt\n      notice {\n        materialTypeCode\n        state\n        problems\n      }\n      commitment {\n        materialTypeCodes\n        deadlineOn\n      }\n      tasks {\n        id\n        status\n        deadlineOn\n        reasons\n        department {\n          code\n          name\n        }\n        clock {\n          limitDays\n          usedDays\n          leftDays\n          paused\n          overdue\n        }\n        supplementRequests {\n          materialTypeCode\n          reason\n        }\n        licence {\n          serial\n        }\n      }\n      licences {\n        serial\n        itemCode\n        signatureValid\n        deliveredAt\n        department {\n          code\n          name\n        }\n      }\n      timeline(first: 100) {\n        nodes {\n          id\n          kind\n          at\n          by\n          summary\n          department {\n            code\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseDossier($id: ID!) {\n    case(id: $id) {\n      id\n      reference\n      title\n      status\n      channel\n      subjectCode\n      deadlineOn\n      acceptedAt\n      closedAt\n      notice {\n        materialTypeCode\n        state\n        problems\n      }\n      commitment {\n        materialTypeCodes\n        deadlineOn\n      }\n      tasks {\n        id\n        status\n        deadlineOn\n        reasons\n        department {\n          code\n          name\n        }\n        clock {\n          limitDays\n          usedDays\n          leftDays\n          paused\n          overdue\n        }\n        supplementRequests {\n          materialTypeCode\n          reason\n        }\n        licence {\n          serial\n        }\n      }\n      licences {\n        serial\n        itemCode\n        signatureValid\n        deliveredAt\n        department {\n          code\n          name\n        }\n      }\n      timeline(first: 100) {\n        nodes {\n          id\n          kind\n          at\n          by\n          summary\n          department {\n            code\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SupplySupplement($taskId: ID!) {\n    supplySupplement(taskId: $taskId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation SupplySupplement($taskId: ID!) {\n    supplySupplement(taskId: $taskId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawCase($caseId: ID!) {\n    withdrawCase(caseId: $caseId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawCase($caseId: ID!) {\n    withdrawCase(caseId: $caseId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeskCaseMaterials($caseId: ID!) {\n    case(id: $caseId) {\n      id\n      applicant {\n        id\n        materials(currentOnly: true, first: 50) {\n          nodes {\n            id\n            fileName\n            status\n            materialType {\n              code\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DeskCaseMaterials($caseId: ID!) {\n    case(id: $caseId) {\n      id\n      applicant {\n        id\n        materials(currentOnly: true, first: 50) {\n          nodes {\n            id\n            fileName\n            status\n            materialType {\n              code\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeskMaterialContent($caseId: ID!, $id: ID!) {\n    materialContent(caseId: $caseId, id: $id) {\n      base64\n      material {\n        id\n        fileName\n        contentType\n      }\n    }\n  }\n"): (typeof documents)["\n  query DeskMaterialContent($caseId: ID!, $id: ID!) {\n    materialContent(caseId: $caseId, id: $id) {\n      base64\n      material {\n        id\n        fileName\n        contentType\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowUps {\n    followUps(first: 50) {\n      nodes {\n        id\n        caseId\n        departmentCode\n        score\n        comment\n        openedAt\n        response\n        respondedBy\n        closedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query FollowUps {\n    followUps(first: 50) {\n      nodes {\n        id\n        caseId\n        departmentCode\n        score\n        comment\n        openedAt\n        response\n        respondedBy\n        closedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseFollowUp($id: ID!, $response: String!) {\n    closeFollowUp(id: $id, response: $response) {\n      id\n      closedAt\n    }\n  }\n"): (typeof documents)["\n  mutation CloseFollowUp($id: ID!, $response: String!) {\n    closeFollowUp(id: $id, response: $response) {\n      id\n      closedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LicenceCheck($serial: String!) {\n    licence(serial: $serial) {\n      serial\n      title\n      holderName\n      items {\n        code\n        name\n      }\n      departmentName\n      department {\n        code\n        name\n      }\n      issuedAt\n      validUntil\n      signatureValid\n      expired\n      valid\n    }\n  }\n"): (typeof documents)["\n  query LicenceCheck($serial: String!) {\n    licence(serial: $serial) {\n      serial\n      title\n      holderName\n      items {\n        code\n        name\n      }\n      departmentName\n      department {\n        code\n        name\n      }\n      issuedAt\n      validUntil\n      signatureValid\n      expired\n      valid\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MaterialsAwaitingReview {\n    materialsAwaitingReview(first: 50) {\n      nodes {\n        id\n        fileName\n        submittedAt\n        materialType {\n          code\n          name\n        }\n        applicant {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MaterialsAwaitingReview {\n    materialsAwaitingReview(first: 50) {\n      nodes {\n        id\n        fileName\n        submittedAt\n        materialType {\n          code\n          name\n        }\n        applicant {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewMaterial($input: ReviewMaterialInput!) {\n    reviewMaterial(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewMaterial($input: ReviewMaterialInput!) {\n    reviewMaterial(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Supervision {\n    violations(first: 50) {\n      nodes {\n        id\n        kind\n        caseId\n        departmentCode\n        person\n        detectedAt\n      }\n    }\n    clockWarnings(first: 50) {\n      nodes {\n        id\n        level\n        subjectKind\n        caseId\n        departmentCode\n        workingDaysLeft\n        deadlineOn\n        raisedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query Supervision {\n    violations(first: 50) {\n      nodes {\n        id\n        kind\n        caseId\n        departmentCode\n        person\n        detectedAt\n      }\n    }\n    clockWarnings(first: 50) {\n      nodes {\n        id\n        level\n        subjectKind\n        caseId\n        departmentCode\n        workingDaysLeft\n        deadlineOn\n        raisedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerifyAuditChain {\n    auditChainVerification {\n      valid\n      entriesChecked\n      firstBrokenSequence\n      reason\n      headHash\n    }\n  }\n"): (typeof documents)["\n  query VerifyAuditChain {\n    auditChainVerification {\n      valid\n      entriesChecked\n      firstBrokenSequence\n      reason\n      headHash\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WindowHome {\n    bundles(first: 20) {\n      nodes {\n        code\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query WindowHome {\n    bundles(first: 20) {\n      nodes {\n        code\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterApplicant($input: RegisterApplicantInput!) {\n    registerApplicant(input: $input) {\n      id\n      name\n      identifier\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterApplicant($input: RegisterApplicantInput!) {\n    registerApplicant(input: $input) {\n      id\n      name\n      identifier\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WindowSlip on Case {\n    id\n    reference\n    title\n    status\n    deadlineOn\n    notice {\n      materialTypeCode\n      state\n      problems\n    }\n  }\n"): (typeof documents)["\n  fragment WindowSlip on Case {\n    id\n    reference\n    title\n    status\n    deadlineOn\n    notice {\n      materialTypeCode\n      state\n      problems\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplyAtWindow($input: WindowApplicationInput!) {\n    applyAtWindow(input: $input) {\n      ...WindowSlip\n    }\n  }\n"): (typeof documents)["\n  mutation ApplyAtWindow($input: WindowApplicationInput!) {\n    applyAtWindow(input: $input) {\n      ...WindowSlip\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WindowCase($id: ID!) {\n    case(id: $id) {\n      ...WindowSlip\n    }\n  }\n"): (typeof documents)["\n  query WindowCase($id: ID!) {\n    case(id: $id) {\n      ...WindowSlip\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ErrorCodes {\n    errorCodes {\n      code\n      meaning\n    }\n  }\n"): (typeof documents)["\n  query ErrorCodes {\n    errorCodes {\n      code\n      meaning\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;